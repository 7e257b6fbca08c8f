package com.triallens.base.ui.chart;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A small box-and-arrow diagram (a trial's flow, a drug's mechanism) drawn with the ECharts graph
 * series at fixed positions. Its table lists every arrow, so the same content reads without the picture.
 */
public final class Diagram {

    /** What an arrow means; a blocking arrow is drawn dashed with a bar-headed end. */
    public enum Relation {
        LEADS_TO("leads to"), BINDS("binds"), DRIVES("drives"), BLOCKS("blocks");

        private final String text;

        Relation(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    private record Node(String name, double x, double y, boolean emphasised) {
    }

    private record Edge(String from, String to, Relation relation) {
    }

    private final List<Node> nodes = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();

    /** Adds a box at (x, y) in layout units; y grows downwards. */
    public Diagram node(String name, double x, double y) {
        nodes.add(new Node(name, x, y, false));
        return this;
    }

    /** A box drawn in the accent colour, e.g. the drug under test. */
    public Diagram emphasisedNode(String name, double x, double y) {
        nodes.add(new Node(name, x, y, true));
        return this;
    }

    public Diagram edge(String from, String to, Relation relation) {
        edges.add(new Edge(from, to, relation));
        return this;
    }

    public ChartSpec toSpec(String title, String description, String fileName) {
        var json = JsonNodeFactory.instance;
        ObjectNode option = json.objectNode();
        option.putObject("tooltip").put("show", false);
        ObjectNode graph = option.putArray("series").addObject()
                .put("type", "graph").put("layout", "none").put("roam", false)
                .put("symbol", "roundRect").put("edgeSymbolSize", 9).put("top", 30).put("bottom", 30)
                .put("left", 90).put("right", 90);
        graph.putArray("symbolSize").add(170).add(46);
        graph.putArray("edgeSymbol").add("none").add("arrow");
        graph.putObject("label").put("show", true).put("width", 160).put("overflow", "break").put("color", "#1a2433");
        graph.putObject("edgeLabel").put("show", true).put("fontSize", 11).put("formatter", "{c}");
        var data = graph.putArray("data");
        for (var node : nodes) {
            data.addObject().put("name", node.name()).put("x", node.x()).put("y", node.y())
                    .putObject("itemStyle").put("color", node.emphasised() ? "#fde2d4" : "#e3ecfb")
                    .put("borderColor", node.emphasised() ? "#d9480f" : "#1676f3").put("borderWidth", 1.5);
        }
        var links = graph.putArray("links");
        for (var edge : edges) {
            var link = links.addObject().put("source", edge.from()).put("target", edge.to())
                    .put("value", edge.relation().text());
            // "leads to" is what an arrow says anyway; other relations are written on the arrow.
            link.putObject("label").put("show", edge.relation() != Relation.LEADS_TO);
            var line = link.putObject("lineStyle").put("width", 2);
            if (edge.relation() == Relation.BLOCKS) {
                line.put("type", "dashed").put("color", "#d9480f");
                link.putArray("symbol").add("none").add("rect");
            }
        }
        var rows = edges.stream().map(e -> List.of(e.from(), e.relation().text(), e.to())).toList();
        return ChartSpec.raw(title, description, fileName, option.toString(),
                new TableView(List.of("From", "Relation", "To"), rows));
    }
}
