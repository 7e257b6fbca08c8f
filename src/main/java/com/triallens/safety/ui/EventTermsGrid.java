package com.triallens.safety.ui;

import com.triallens.safety.AdverseEvents;
import com.triallens.safety.AdverseEvents.Term;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;

import java.util.List;

/**
 * Every event term under its organ system: an organ-system row (expanded) with its terms beneath, each term with its
 * kind and, per group, participants affected of those at risk and the number of events. Many rows scroll inside a
 * fixed height, so only the rows in view render.
 */
class EventTermsGrid extends TreeGrid<EventTermsGrid.Node> {

    /** Rows beyond which the grid scrolls inside a fixed height. */
    private static final int ALL_VISIBLE_UP_TO = 25;

    /** An organ system ({@code term} null, with the number of its terms shown) or one of its terms. */
    record Node(String organSystem, int terms, Term term) {

        String name() {
            return term == null ? organSystem + " (" + terms + (terms == 1 ? " term)" : " terms)") : term.term();
        }
    }

    EventTermsGrid(List<AdverseEvents.Group> groups) {
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        addHierarchyColumn(Node::name).setHeader("Organ system / adverse event").setKey("term").setWidth("18rem")
                .setFlexGrow(2).setFrozen(true).setSortable(false);
        addColumn(node -> node.term() == null ? "" : node.term().kind()).setHeader("Kind").setKey("kind")
                .setAutoWidth(true).setFlexGrow(0);
        for (var group : groups) {
            addColumn(node -> node.term() == null ? "" : node.term().cell(group.id()))
                    .setHeader(new GroupHeader(group)).setKey("group-" + group.id()).setWidth(GroupHeader.WIDTH)
                    .setTextAlign(ColumnTextAlign.END)
                    .setTooltipGenerator(node -> node.term() == null ? null : group.title());
        }
    }

    /** Shows the terms by organ system, every organ system expanded. */
    void show(List<Term> terms) {
        var data = new TreeData<Node>();
        AdverseEvents.byOrganSystem(terms).forEach((organSystem, inSystem) -> {
            var parent = new Node(organSystem, inSystem.size(), null);
            data.addItem(null, parent);
            inSystem.forEach(term -> data.addItem(parent, new Node(organSystem, 0, term)));
        });
        // Flattened: the browser gets the expanded tree as one list, not a request per organ system.
        setDataProvider(new com.vaadin.flow.data.provider.hierarchy.TreeDataProvider<>(data,
                com.vaadin.flow.data.provider.hierarchy.HierarchicalDataProvider.HierarchyFormat.FLATTENED));
        expand(data.getRootItems());
        var rows = data.getRootItems().size() + terms.size();
        setAllRowsVisible(rows <= ALL_VISIBLE_UP_TO);
        setHeight(rows <= ALL_VISIBLE_UP_TO ? null : "70vh");
    }
}
