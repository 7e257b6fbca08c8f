package com.triallens.efficacy.ui;

import com.triallens.audit.AuditEntry;
import com.triallens.audit.ui.HistoryButton;
import com.triallens.base.domain.ArmFigure;
import com.triallens.base.ui.GroupColumns;
import com.triallens.base.ui.Sources;
import com.triallens.efficacy.EfficacyRow;
import com.triallens.efficacy.EfficacyTable;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;

import java.util.List;
import java.util.Map;

/**
 * The outcome measures as a tree: a row per measure, its time points, subgroups or categories under it; the
 * measure's name stays in view while the group columns scroll sideways; ⓘ unfolds its population and time frame.
 */
class EfficacyGrid extends TreeGrid<EfficacyRow> {

    /** Rows beyond which the grid scrolls inside a fixed height (and renders only what is in view). */
    static final int ALL_VISIBLE_UP_TO = 25;

    EfficacyGrid(EfficacyTable table, Map<Long, List<AuditEntry>> history) {
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
        setId("efficacy-grid");
        addHierarchyColumn(EfficacyRow::name).setHeader("Endpoint").setKey("endpoint").setWidth("17rem")
                .setFlexGrow(0).setFrozen(true).setResizable(true)
                .setTooltipGenerator(row -> row.endpoint().displayName() + "\n" + about(row));
        addColumn(LitRenderer.<EfficacyRow>of("<vaadin-button theme=\"tertiary-inline small icon\" "
                        + "aria-label=\"Population and time frame of ${item.name}\" aria-expanded=\"${item.open}\" "
                        + "@click=\"${toggle}\"><vaadin-icon icon=\"vaadin:info-circle-o\"></vaadin-icon></vaadin-button>")
                .withProperty("name", EfficacyRow::name)
                .withProperty("open", row -> String.valueOf(isDetailsVisible(row)))
                .withFunction("toggle", row -> setDetailsVisible(row, !isDetailsVisible(row))))
                .setKey("about").setWidth("3rem").setFlexGrow(0).setFrozen(true);
        GroupColumns.add(this, table.arms(), row -> table.parts(row).isEmpty() ? ArmFigure.NOT_IN_MEASURE : "",
                (row, group) -> row.analysed().get(group));
        addColumn(EfficacyRow::comparisonText).setHeader("Comparison").setKey("comparison").setWidth("16rem")
                .setFlexGrow(2).setResizable(true)
                .setTooltipGenerator(row -> row.comparison().map(c -> "Source: " + c.source().describe())
                        .orElse("The source reports no comparison"));
        addColumn(row -> Sources.markers(row.sources())).setHeader("Sources").setKey("sources").setAutoWidth(true)
                .setFlexGrow(0).setTooltipGenerator(row -> Sources.describe(row.sources()));
        addComponentColumn(row -> HistoryButton.of(row.endpoint().displayName(), history.get(row.id())))
                .setHeader("History").setKey("history").setAutoWidth(true).setFlexGrow(0);
        setDetailsVisibleOnClick(false);
        setItemDetailsRenderer(new ComponentRenderer<>(EfficacyGrid::details));

        var tree = new TreeData<EfficacyRow>();
        tree.addItems(table.measures(), table::parts);
        // Flattened: the browser gets the expanded tree as one list, not a request per expanded measure.
        setDataProvider(new TreeDataProvider<>(tree, HierarchicalDataProvider.HierarchyFormat.FLATTENED));
        expandRecursively(table.measures(), 1);
        var shown = table.measures().size() + table.parts().values().stream().mapToInt(List::size).sum();
        setAllRowsVisible(shown <= ALL_VISIBLE_UP_TO);
        if (shown > ALL_VISIBLE_UP_TO) {
            setHeight("70vh");
        }
    }

    private static DescriptionList details(EfficacyRow row) {
        var list = new DescriptionList();
        list.addClassName("measure-details");
        term(list, "Measure", row.measure().describe());
        term(list, "Population", row.endpoint().population());
        term(list, "Time frame", row.measure().timeFrame());
        term(list, "Kind", words(row.measure().outcomeType() != null ? row.measure().outcomeType()
                : row.endpoint().kind().name()));
        return list;
    }

    private static void term(DescriptionList list, String term, String text) {
        if (text != null && !text.isBlank()) {
            list.add(new DescriptionList.Term(term), new DescriptionList.Description(text));
        }
    }

    private static String words(String constant) {
        var lower = constant.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1).replace("pre specified", "pre-specified");
    }

    private static String about(EfficacyRow row) {
        var parts = java.util.stream.Stream.of(row.measure().describe(), row.endpoint().population() == null ? null
                        : "Population: " + row.endpoint().population(),
                row.measure().timeFrame() == null ? null : "Time frame: " + row.measure().timeFrame())
                .filter(t -> t != null && !t.isBlank()).toList();
        return String.join("\n", parts);
    }
}
