package com.triallens.base.ui.chart;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Two horizontal charts with the same categories drawn as two panels of one chart, row beside row: the left panel
 * carries the category labels, the right one (a forest plot of differences, say) lines up with it. Each panel keeps
 * the typed model's drawing (whiskers, reference lines, "not reported" notes); one legend lists the series of both;
 * the table joins both panels' columns. Texts at the ends of a reference line ({@link MarkLine#sides}) are not drawn:
 * say the direction in the right panel's axis name.
 */
public final class SideBySide {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** The height of a line of an axis name, in pixels. */
    private static final int LINE = 16;
    private static final int TOP = 56;

    private SideBySide() {
    }

    /**
     * @param leftShare the left panel's share of the width, labels included, e.g. 0.55
     */
    public static ChartSpec of(String title, String description, String fileName, ChartSpec left, ChartSpec right,
                               double leftShare) {
        for (var panel : List.of(left, right)) {
            if (panel.rawOption() != null || !panel.horizontal()) {
                throw new IllegalArgumentException("both panels must be typed charts with categories on y");
            }
        }
        if (!left.y().categories().equals(right.y().categories())) {
            throw new IllegalArgumentException("both panels must list the same categories in the same order");
        }
        if (!(leftShare > 0.2 && leftShare < 0.8)) {
            throw new IllegalArgumentException("the left panel takes between 20 % and 80 % of the width");
        }
        ObjectNode leftOption = ChartOptions.toOption(left);
        ObjectNode rightOption = ChartOptions.toOption(right);
        ObjectNode option = NODES.objectNode();
        // Long series names (a cohort's full title) are cut in the legend, whole in its tooltip.
        ObjectNode legend = option.putObject("legend").put("show", true).put("top", 0);
        legend.putObject("textStyle").put("width", 360).put("overflow", "truncate");
        legend.putObject("tooltip").put("show", true);

        // Same top and bottom in both panels, so that their rows line up.
        ObjectNode leftGrid = ((ObjectNode) leftOption.get("grid")).deepCopy();
        ObjectNode rightGrid = ((ObjectNode) rightOption.get("grid")).deepCopy();
        int bottom = Math.max(leftGrid.get("bottom").asInt(), rightGrid.get("bottom").asInt())
                + LINE * Math.max(extraLines(left.x()), extraLines(right.x()));
        long gap = 2;
        // Room above for a legend of two lines.
        leftGrid.put("right", percent(1 - leftShare) + gap + "%").put("bottom", bottom).put("top", TOP);
        rightGrid.put("left", percent(leftShare) + gap + "%").put("bottom", bottom).put("top", TOP);
        option.putArray("grid").add(leftGrid).add(rightGrid);

        for (var axis : List.of(leftOption.get("xAxis"), rightOption.get("xAxis"))) {
            if (axis.has("name") && axis.get("name").asString().contains("\n")) {
                // A name of several lines, each in its own line height, below the tick labels.
                ((ObjectNode) axis).put("nameGap", 24).put("nameLocation", "middle")
                        .putObject("nameTextStyle").put("lineHeight", LINE).put("verticalAlign", "top");
            }
        }
        ArrayNode xAxes = option.putArray("xAxis");
        ArrayNode yAxes = option.putArray("yAxis");
        xAxes.add(((ObjectNode) leftOption.get("xAxis")).put("gridIndex", 0));
        ObjectNode leftY = ((ObjectNode) leftOption.get("yAxis")).put("gridIndex", 0);
        // The labels serve both panels: wider than in a single chart, so that fewer wrap.
        ((ObjectNode) leftY.get("axisLabel")).put("width", 200);
        yAxes.add(leftY);
        xAxes.add(((ObjectNode) rightOption.get("xAxis")).put("gridIndex", 1));
        ObjectNode rightY = ((ObjectNode) rightOption.get("yAxis")).put("gridIndex", 1);
        rightY.remove("name");
        rightY.putObject("axisLabel").put("show", false);
        yAxes.add(rightY);

        ArrayNode series = option.putArray("series");
        leftOption.get("series").forEach(s -> series.add(((ObjectNode) s).put("xAxisIndex", 0).put("yAxisIndex", 0)));
        rightOption.get("series").forEach(s -> series.add(((ObjectNode) s).put("xAxisIndex", 1).put("yAxisIndex", 1)));
        option.set("tooltip", leftOption.get("tooltip"));
        return ChartSpec.raw(title, description, fileName, option.toString(), joined(left.tableView(), right.tableView()));
    }

    private static int extraLines(Axis axis) {
        return axis.name() == null ? 0 : (int) axis.name().chars().filter(c -> c == '\n').count();
    }

    private static long percent(double share) {
        return Math.round(share * 100);
    }

    /** The left table's columns, then the right one's without its category column (the same rows). */
    private static TableView joined(TableView left, TableView right) {
        var columns = new ArrayList<>(left.columns());
        columns.addAll(right.columns().subList(1, right.columns().size()));
        var rows = new ArrayList<List<String>>();
        for (int i = 0; i < left.rows().size(); i++) {
            var row = new ArrayList<>(left.rows().get(i));
            row.addAll(right.rows().get(i).subList(1, right.columns().size()));
            rows.add(row);
        }
        return new TableView(columns, rows);
    }
}
