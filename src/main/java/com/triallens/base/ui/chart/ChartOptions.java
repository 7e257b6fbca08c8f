package com.triallens.base.ui.chart;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a {@link ChartSpec} into an ECharts option. Colours are left to the web component, which
 * reads them from the Lumo theme in the browser.
 */
final class ChartOptions {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ChartOptions() {
    }

    static ObjectNode toOption(ChartSpec spec) {
        ObjectNode option = spec.rawOption() != null
                ? (ObjectNode) MAPPER.readTree(spec.rawOption())
                : typed(spec);
        // The card shows the title as a heading; the web component shows this one only in downloads.
        ArrayNode titles = option.putArray("title");
        titles.addObject().put("text", spec.title()).put("show", false).put("left", "center");
        spec.markLines().stream().filter(m -> m.lowerSide() != null || m.upperSide() != null).findFirst()
                .ifPresent(m -> sideTexts(titles, m));
        option.putObject("aria").put("enabled", true).putObject("label").put("description", spec.description());
        if (!option.has("tooltip")) {
            option.putObject("tooltip").put("trigger", "item");
        }
        return option;
    }

    private static ObjectNode typed(ChartSpec spec) {
        ObjectNode option = NODES.objectNode();
        option.putObject("legend").put("show", spec.series().size() > 1).put("top", 0);
        boolean sideTexts = spec.markLines().stream().anyMatch(m -> m.lowerSide() != null || m.upperSide() != null);
        // Room under the axis name for wrapped category labels, and for the "favours ..." texts.
        option.putObject("grid").put("top", 40).put("bottom", sideTexts ? 64 : 56).put("left", 16).put("right", 24);
        option.set("xAxis", axis(spec.x(), false));
        option.set("yAxis", axis(spec.y(), spec.horizontal()));
        ArrayNode series = option.putArray("series");
        int notes = 0;
        int bars = 0;
        int barCount = (int) spec.series().stream().filter(s -> s.kind() == Series.Kind.BAR).count();
        for (Series s : spec.series()) {
            ObjectNode json = series(spec, s, spec.series().indexOf(s));
            if (series.isEmpty() && !spec.markLines().isEmpty()) {
                json.set("markLine", markLines(spec));
            }
            series.add(json);
            if (s.data().stream().anyMatch(Datum::hasInterval)) {
                series.add(whiskers(spec, s));
            }
            if (s.data().stream().anyMatch(d -> d.value() == null)) {
                series.add(notReported(spec, s, notes++, bars, barCount));
            }
            if (s.kind() == Series.Kind.BAR) {
                bars++;
            }
        }
        option.putObject("tooltip").put("trigger", "item").put("formatter", "reported");
        return option;
    }

    /**
     * A missing value draws no mark, which reads as zero on a bar chart; so its label ("not
     * reported") is written at the foot of its category instead: in the missing bar's slot of a
     * bar group, else one line further from the axis for each earlier series with such notes.
     */
    private static ObjectNode notReported(ChartSpec spec, Series s, int line, int slot, int slots) {
        ObjectNode json = NODES.objectNode().put("type", "custom").put("name", s.name())
                .put("renderItem", "notReported").put("silent", true).put("z", 10);
        json.putObject("encode").put(spec.horizontal() ? "y" : "x", 0);
        ArrayNode data = json.putArray("data");
        boolean bar = s.kind() == Series.Kind.BAR;
        s.data().stream().filter(d -> d.value() == null).forEach(d -> data.addObject()
                .put("line", bar ? 0 : line).put("slot", bar ? slot : 0).put("slots", bar ? slots : 1)
                .put("text", (bar ? "" : s.name() + ": ") + (d.label() == null ? "not reported" : d.label()))
                .putArray("value").add(d.category()));
        return json;
    }

    private static ObjectNode axis(Axis axis, boolean categoriesTopDown) {
        ObjectNode json = NODES.objectNode();
        if (axis.name() != null) {
            json.put("name", axis.name()).put("nameLocation", "middle").put("nameGap", 30);
        }
        if (axis.isCategory()) {
            json.put("type", "category");
            axis.categories().forEach(json.putArray("data")::add);
            // A horizontal chart lists its first category at the top, as a table would.
            json.put("inverse", categoriesTopDown);
            // Every category keeps its label, wrapped rather than dropped when space is short.
            json.putObject("axisLabel").put("interval", 0).put("width", categoriesTopDown ? 150 : 120)
                    .put("overflow", "break").put("lineHeight", 14);
            if (!categoriesTopDown && axis.name() != null) {
                json.put("nameGap", 44); // below labels that may wrap onto two lines
            }
            return json;
        }
        json.put("type", axis.log() ? "log" : "value");
        if (axis.log()) {
            json.put("logBase", axis.logBase());
        }
        if (axis.min() != null) {
            json.put("min", axis.min());
        }
        if (axis.max() != null) {
            json.put("max", axis.max());
        }
        return json;
    }

    private static ObjectNode series(ChartSpec spec, Series s, int index) {
        ObjectNode json = NODES.objectNode().put("type", s.kind().name().toLowerCase()).put("name", s.name());
        ArrayNode data = json.putArray("data");
        if (s.kind() == Series.Kind.BAR) {
            // Bars follow the category order of the axis; a missing value stays null (no bar), never 0.
            Map<String, Datum> byCategory = s.data().stream()
                    .collect(Collectors.toMap(Datum::category, Function.identity(), (a, b) -> a));
            for (String category : spec.categoryAxis().categories()) {
                Datum d = byCategory.get(category);
                ObjectNode item = data.addObject();
                item.set("value", d == null ? NODES.nullNode() : number(d.value()));
                if (d != null) {
                    label(item, s, d, spec.horizontal() ? "right" : "top");
                }
            }
        } else {
            // Points of several series share a category line: alternate their labels above and below it.
            String position = !spec.horizontal() ? "top" : index % 2 == 0 ? "top" : "bottom";
            for (Datum d : s.data()) {
                ObjectNode item = data.addObject();
                item.set("value", pair(spec, d.category(), d.value()));
                label(item, s, d, position);
            }
        }
        if (s.kind() == Series.Kind.BAR) {
            // Stated, not left to ECharts' defaults: the web component places "not reported" by them.
            json.put("barGap", "30%").put("barCategoryGap", "20%");
        }
        if (s.kind() == Series.Kind.SCATTER) {
            json.put("symbolSize", 10);
        }
        return json;
    }

    private static void label(ObjectNode item, Series s, Datum d, String position) {
        if (d.label() != null) {
            // The label as reported travels with the datum; the web component's tooltip shows it.
            item.put("reported", d.label());
            if (s.showLabels()) {
                item.putObject("label").put("show", true).put("formatter", escape(d.label()))
                        .put("position", position);
            }
        }
    }

    /** Intervals are drawn by the web component's named renderer: data are [x1, y1, x2, y2]. */
    private static ObjectNode whiskers(ChartSpec spec, Series s) {
        ObjectNode json = NODES.objectNode().put("type", "custom").put("name", s.name())
                .put("renderItem", "errorBar").put("silent", true).put("z", 1);
        ObjectNode encode = json.putObject("encode");
        encode.putArray("x").add(0).add(2);
        encode.putArray("y").add(1).add(3);
        ArrayNode data = json.putArray("data");
        s.data().stream().filter(Datum::hasInterval).forEach(d -> {
            ArrayNode item = data.addArray();
            item.addAll(pair(spec, d.category(), d.low()));
            item.addAll(pair(spec, d.category(), d.high()));
        });
        return json;
    }

    private static ObjectNode markLines(ChartSpec spec) {
        ObjectNode json = NODES.objectNode().put("symbol", "none").put("silent", true);
        json.putObject("lineStyle").put("type", "dashed");
        ArrayNode data = json.putArray("data");
        String axisKey = spec.horizontal() ? "xAxis" : "yAxis";
        for (MarkLine m : spec.markLines()) {
            ObjectNode item = data.addObject().put(axisKey, m.value());
            // At the end of the line away from the tick labels: the top, which is the start of a
            // vertical line when the category axis runs top-down.
            item.putObject("label").put("show", m.label() != null).put("position", spec.horizontal() ? "start" : "end")
                    .put("formatter", m.label() == null ? "" : escape(m.label()));
        }
        return json;
    }

    /** Text under the plot at either end of the value axis, pointing away from the reference line. */
    private static void sideTexts(ArrayNode titles, MarkLine m) {
        if (m.lowerSide() != null) {
            side(titles.addObject(), "← " + m.lowerSide()).put("left", 16);
        }
        if (m.upperSide() != null) {
            side(titles.addObject(), m.upperSide() + " →").put("right", 24);
        }
    }

    private static ObjectNode side(ObjectNode title, String text) {
        title.put("text", text).put("bottom", 0).putObject("textStyle").put("fontSize", 12).put("fontWeight", "normal");
        return title;
    }

    private static ArrayNode pair(ChartSpec spec, String category, Double value) {
        ArrayNode pair = NODES.arrayNode();
        if (spec.horizontal()) {
            pair.add(number(value)).add(category);
        } else {
            pair.add(category).add(number(value));
        }
        return pair;
    }

    private static JsonNode number(Double value) {
        return value == null ? NODES.nullNode() : NODES.numberNode(value);
    }

    /** ECharts reads "{a}" etc. in formatter strings as templates. */
    private static String escape(String label) {
        return label.replace("{", "").replace("}", "");
    }
}
