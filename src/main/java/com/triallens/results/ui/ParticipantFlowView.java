package com.triallens.results.ui;

import com.triallens.results.FlowDiagram;
import com.triallens.results.FlowDiagram.Period;
import com.triallens.results.FlowDiagram.Step;
import com.triallens.results.GroupLabel;
import com.triallens.results.ResultsService;
import com.triallens.trial.TrialService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.ArrayList;
import java.util.List;

/**
 * A trial's participant flow as posted on ClinicalTrials.gov: per period a CONSORT-style diagram (each group's
 * boxes from started to completed, the participants who did not complete and their reasons beside them), then the
 * same counts as a table with one column per group.
 */
@Route("flow")
@PageTitle("Participant flow | TrialLens")
@PermitAll
class ParticipantFlowView extends RegistryModulePage<FlowDiagram> {

    /** Per period with anyone in it: the diagram, in the posted order (the tables follow the same order). */
    final List<Div> diagrams = new ArrayList<>();

    ParticipantFlowView(TrialService trials, ResultsService results) {
        super(trials, "Participant flow", "No participant flow from ClinicalTrials.gov is stored for",
                results::flowDiagram, FlowDiagram::isEmpty);
    }

    @Override
    protected void show(FlowDiagram flow) {
        diagrams.clear();
        note("Recruitment", flow.recruitment());
        note("Before assignment to groups", flow.preAssignment());
        GroupColumns.legend(flow.groups()).ifPresent(legend -> add(new H3("Groups"), legend));
        for (var period : flow.periods()) {
            add(new H3(period.title()));
            if (flow.groups().stream().anyMatch(g -> period.involves(g.id()))) {
                var diagram = diagram(flow, period);
                diagrams.add(diagram);
                add(diagram);
            }
            var idle = flow.groups().stream().filter(g -> !period.involves(g.id())).map(GroupLabel::label).toList();
            if (!idle.isEmpty()) {
                add(new Paragraph(String.join(", ", idle) + (idle.size() == 1 ? " has" : " have")
                        + " no participants in this period (every count posted as 0); see the table."));
            }
            var table = GroupColumns.grid("Participant flow table: " + period.title(), period.steps(),
                    "Milestone or reason", Step::label);
            table.addColumn(Step::kind).setKey("kind").setHeader("Kind").setWidth("9rem").setFlexGrow(0);
            GroupColumns.add(table, flow.groups(), (step, group) -> step.count(group)
                    .displayWithComment(flow.unitsAnalysed()));
            table.setPartNameGenerator(step -> step.dropWithdraw() ? "flow-reason" : null);
            tables.add(table);
            add(table);
        }
    }

    private void note(String what, String text) {
        if (text != null && !text.isBlank()) {
            var paragraph = new Paragraph(what + ": " + text.strip());
            paragraph.addClassName("flow-note");
            add(paragraph);
        }
    }

    /** A row of group lanes that scrolls sideways inside itself: each lane a chain of boxes and the exits beside. */
    private static Div diagram(FlowDiagram flow, Period period) {
        var lanes = new UnorderedList();
        lanes.addClassName("flow-lanes");
        for (var group : flow.groups()) {
            if (period.involves(group.id())) {
                lanes.add(lane(flow, period, group));
            }
        }
        var scroller = new Div(lanes);
        scroller.addClassName("flow-diagram");
        scroller.getElement().setAttribute("role", "region");
        scroller.getElement().setAttribute("aria-label", "Participant flow diagram: " + period.title());
        scroller.getElement().setAttribute("tabindex", "0");
        return scroller;
    }

    private static ListItem lane(FlowDiagram flow, Period period, GroupLabel group) {
        var title = new H4(group.label());
        title.addClassName("flow-lane-title");
        title.getElement().setAttribute("title", group.title());
        var chain = new OrderedList();
        chain.addClassName("flow-chain");
        chain.getElement().setAttribute("aria-label", group.title() + ": milestones");
        period.chain().forEach(step -> chain.add(new ListItem(box(step.label(), step.count(group.id()),
                flow.unitsAnalysed()))));
        var lane = new ListItem(title, chain);
        lane.addClassName("flow-lane");
        var reasons = period.reasonsOf(group.id());
        var notCompleted = period.notCompleted();
        if (notCompleted.isPresent() || !reasons.isEmpty()) {
            var exit = notCompleted.map(step -> box(step.label(), step.count(group.id()), flow.unitsAnalysed()))
                    .orElseGet(() -> box("Did not complete", null, flow.unitsAnalysed()));
            exit.addClassName("flow-exit");
            if (!reasons.isEmpty()) {
                var list = new UnorderedList();
                list.addClassName("flow-reasons");
                list.getElement().setAttribute("aria-label", "Reasons for not completing");
                reasons.forEach(reason -> list.add(new ListItem(reason.label() + ": "
                        + reason.count(group.id()).display(flow.unitsAnalysed()))));
                exit.add(list);
            }
            var aside = new Div(exit);
            aside.addClassName("flow-aside");
            lane.add(aside);
        }
        return lane;
    }

    private static Div box(String label, FlowDiagram.Count count, String unitsAnalysed) {
        var name = new Span(label);
        name.addClassName("flow-step");
        var item = new Div(name);
        item.addClassName("flow-box");
        if (count != null) {
            var figure = new Span(count.display(unitsAnalysed));
            figure.addClassName("flow-count");
            item.add(figure);
            if (count.comment() != null && !count.comment().isBlank()) {
                var comment = new Span(count.comment().strip());
                comment.addClassName("flow-comment");
                item.add(comment);
            }
        }
        return item;
    }
}
