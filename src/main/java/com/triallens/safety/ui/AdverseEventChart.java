package com.triallens.safety.ui;

import com.triallens.base.ui.chart.ChartCard;
import com.triallens.base.ui.chart.ChartSpec;
import com.triallens.safety.AdverseEvents;
import com.triallens.safety.AdverseEvents.Group;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import java.util.List;
import java.util.Optional;

/**
 * The adverse-event chart: incidence beside risk difference for two groups (with more than two, the reader picks
 * them), incidence alone for a trial with one group. Build it with {@link #of}: a trial without terms that anyone
 * was assessed for gets no chart at all.
 */
class AdverseEventChart extends Composite<VerticalLayout> {

    final Select<Group> first = new Select<>();
    final Select<Group> second = new Select<>();
    ChartCard card;
    Paragraph nothingToCompare;
    private final AdverseEvents events;
    private final String trial;

    private AdverseEventChart(AdverseEvents events, String trial) {
        this.events = events;
        this.trial = trial;
        getContent().setPadding(false);
        getContent().setDefaultHorizontalComponentAlignment(FlexComponent.Alignment.STRETCH);
    }

    /** The chart, or none when no term has participants at risk and someone affected. */
    static Optional<AdverseEventChart> of(AdverseEvents events, String trial) {
        var assessed = events.assessedGroups();
        var chart = new AdverseEventChart(events, trial);
        if (assessed.size() == 1) {
            var plot = events.incidencePlot(assessed.getFirst().id());
            if (plot.rows().isEmpty()) {
                return Optional.empty();
            }
            chart.show(SafetyCharts.incidence(plot, trial), plot.rows().size());
            return Optional.of(chart);
        }
        var pair = events.defaultPair();
        if (pair.isEmpty() || assessed.size() == 2
                && events.riskPlot(pair.get().get(0).id(), pair.get().get(1).id()).rows().isEmpty()) {
            return Optional.empty();
        }
        if (assessed.size() > 2) {
            chart.pickers(assessed, pair.get());
        }
        chart.compare(pair.get().get(0), pair.get().get(1));
        return Optional.of(chart);
    }

    private void pickers(List<Group> groups, List<Group> pair) {
        for (var select : List.of(first, second)) {
            select.setItems(groups);
            select.setItemLabelGenerator(Group::label);
            select.setWidth("min(100%, 28rem)");
        }
        first.setLabel("Chart: group");
        second.setLabel("Compared with");
        first.setValue(pair.get(0));
        second.setValue(pair.get(1));
        first.addValueChangeListener(e -> picked());
        second.addValueChangeListener(e -> picked());
        var bar = new HorizontalLayout(first, second);
        bar.setWrap(true);
        getContent().add(bar);
    }

    private void picked() {
        if (first.getValue() != null && second.getValue() != null) {
            compare(first.getValue(), second.getValue());
        }
    }

    private void compare(Group a, Group b) {
        if (a.id() == b.id()) {
            say("Pick two different groups to compare.");
            return;
        }
        var plot = events.riskPlot(a.id(), b.id());
        if (plot.rows().isEmpty()) {
            say("No adverse event has participants at risk in both " + a.label() + " and " + b.label()
                    + " and someone affected in either: there is nothing to compare.");
            return;
        }
        show(SafetyCharts.riskDifference(plot, trial), plot.rows().size());
    }

    private void show(ChartSpec spec, int rows) {
        clear();
        card = new ChartCard(spec);
        card.getChart().setHeight(SafetyCharts.height(rows));
        getContent().add(card);
    }

    private void say(String text) {
        clear();
        nothingToCompare = new Paragraph(text);
        getContent().add(nothingToCompare);
    }

    private void clear() {
        if (card != null) {
            getContent().remove(card);
            card = null;
        }
        if (nothingToCompare != null) {
            getContent().remove(nothingToCompare);
            nothingToCompare = null;
        }
    }
}
