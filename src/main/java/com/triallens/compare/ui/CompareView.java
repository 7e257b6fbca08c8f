package com.triallens.compare.ui;

import com.triallens.base.ui.ArmFigureGrid;
import com.triallens.base.ui.ChartGallery;
import com.triallens.base.ui.ExportMenu;
import com.triallens.base.ui.chart.ChartCard;
import com.triallens.compare.ArmChoice;
import com.triallens.compare.ArmComparison;
import com.triallens.compare.CompareRow;
import com.triallens.compare.CompareService;
import com.triallens.compare.Derived;
import com.triallens.compare.NotCompared;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Arms from any trials side by side: {@code compare?arm=NCT03786094:CONTROL&arm=NCT…:ERI}, so links can be shared. */
@Route("compare")
@PageTitle("Compare | TrialLens")
@PermitAll
class CompareView extends Main implements BeforeEnterObserver {

    static final String PARAMETER = "arm";

    private final CompareService compare;
    final MultiSelectComboBox<ArmChoice> picker = new MultiSelectComboBox<>("Arms");
    private final VerticalLayout content = new VerticalLayout();
    private final List<ArmChoice> chosen = new ArrayList<>();
    ArmFigureGrid<CompareRow> efficacy;
    ArmFigureGrid<CompareRow> safety;
    UnorderedList notCompared;
    ExportMenu export;

    CompareView(CompareService compare) {
        this.compare = compare;
        addClassName("page");
        picker.setId("arm-picker");
        picker.setItemLabelGenerator(ArmChoice::label);
        picker.setPlaceholder("Search by trial or arm");
        picker.setWidthFull();
        picker.setHelperText("The first arm picked is the reference for the differences TrialLens computes.");
        picker.setItems(query -> compare.arms(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream(),
                query -> compare.countArms(query.getFilter().orElse("")));
        picker.addValueChangeListener(event -> {
            if (!event.getValue().equals(new LinkedHashSet<>(chosen))) {
                var order = new LinkedHashSet<>(chosen);
                order.retainAll(event.getValue());
                order.addAll(event.getValue());
                UI.getCurrent().navigate(CompareView.class, new QueryParameters(Map.of(PARAMETER,
                        order.stream().map(ArmChoice::reference).toList())));
            }
        });
        content.setPadding(false);
        add(new H2("Compare arms"), picker, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        var requested = parameters.getOrDefault(PARAMETER, List.of());
        var trial = parameters.getOrDefault("trial", List.of());
        if (requested.isEmpty() && !trial.isEmpty()) {
            // Opened from a trial's pages: that trial's arms, as a link that names them.
            var arms = compare.armsOf(trial.getFirst()).stream().map(ArmChoice::reference).toList();
            if (!arms.isEmpty()) {
                event.forwardTo("compare", new QueryParameters(Map.of(PARAMETER, arms)));
                return;
            }
        }
        chosen.clear();
        var unknown = new ArrayList<String>();
        requested.forEach(reference -> compare.arm(reference).ifPresentOrElse(chosen::add, () -> unknown.add(reference)));
        picker.setValue(new LinkedHashSet<>(chosen));
        content.removeAll();
        if (!unknown.isEmpty()) {
            content.add(new Paragraph("Not found, left out: " + String.join(", ", unknown) + "."));
        }
        if (chosen.size() < 2) {
            content.add(new Paragraph("Pick two or more arms, from one trial or several, for example FORTRESS's "
                    + "eribulin alone beside another trial's eribulin arm."));
            return;
        }
        show(compare.compare(List.copyOf(chosen)));
    }

    private void show(ArmComparison comparison) {
        content.add(new Paragraph("Figures line up only where both trials report the same measure the same way: "
                + "the same kind of figure and unit, in the same kind of population. Differences marked "
                + "\"" + Derived.LABEL + "\" are not reported figures."));
        efficacy = grid(comparison, comparison.efficacy(), "Endpoint");
        safety = grid(comparison, comparison.safety(), "Adverse events");
        notCompared = new UnorderedList();
        notCompared.setId("not-compared");
        comparison.notCompared().forEach(item -> notCompared.add(notComparedItem(item)));
        export = new ExportMenu("TrialLens-compare", () -> CompareExport.of(comparison));
        content.add(export, new H3("Efficacy"), section(efficacy, comparison.efficacy()),
                new H3("Safety"), section(safety, comparison.safety()),
                new H3("Not compared"), comparison.notCompared().isEmpty()
                        ? new Paragraph("Every measure the arms share lines up.") : notCompared);
        var charts = new ArrayList<ChartCard>();
        CompareCharts.shares(comparison).map(ChartCard::new).ifPresent(charts::add);
        CompareCharts.medians(comparison).map(ChartCard::new).ifPresent(charts::add);
        if (!charts.isEmpty()) {
            content.add(new ChartGallery(charts.toArray(ChartCard[]::new)));
        }
    }

    private static com.vaadin.flow.component.Component section(ArmFigureGrid<CompareRow> grid, List<CompareRow> rows) {
        return rows.isEmpty() ? new Paragraph("No measure lines up here.") : grid;
    }

    private static ArmFigureGrid<CompareRow> grid(ArmComparison comparison, List<CompareRow> rows, String header) {
        var grid = new ArmFigureGrid<CompareRow>();
        grid.addColumn(CompareRow::title).setHeader(header).setKey("measure").setFlexGrow(2)
                .setTooltipGenerator(row -> String.join("\n", row.sourceNames()));
        grid.addArmColumns(comparison.arms(), "Not lined up");
        var reference = comparison.chosen().getFirst();
        comparison.chosen().stream().skip(1).forEach(arm -> grid.addColumn(row -> derived(row, arm.armId()))
                .setHeader(arm.label() + " vs " + reference.label() + " (" + Derived.LABEL + ")")
                .setKey("derived-" + arm.armId())
                .setTooltipGenerator(row -> Optional.ofNullable(row.derived().get(arm.armId())).map(Derived::methods)
                        .orElse(Derived.LABEL))
                .setPartNameGenerator(row -> "computed"));
        grid.addColumn(CompareRow::population).setHeader("Population").setKey("population");
        grid.addColumn(comparison::sources).setHeader("Sources").setKey("sources").setAutoWidth(true);
        grid.setItems(rows);
        return grid;
    }

    private static String derived(CompareRow row, long armId) {
        if (!row.figures().containsKey(armId)) {
            return "Not lined up";
        }
        return Optional.ofNullable(row.derived().get(armId)).map(Derived::display)
                .orElse("Not computed for this kind of figure");
    }

    private static ListItem notComparedItem(NotCompared item) {
        var measure = new Span(item.measure() + ": ");
        measure.addClassName("measure");
        return new ListItem(measure, new Span(item.reason()));
    }
}
