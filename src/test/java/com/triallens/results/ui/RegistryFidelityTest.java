package com.triallens.results.ui;

import com.triallens.ctgov.CtgovImportService;
import com.triallens.ctgov.ImportPreview;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every figure a real ClinicalTrials.gov record posts (src/test/resources/ctgov/real, origins in ORIGINS.md)
 * or a synthetic edge case posts (ctgov/edge) is, after an import, either shown on the Registry results page
 * (read through its grids, as a person would) or listed by the preview as not imported with a reason.
 */
@SpringBootTest
@ViewPackages(packages = "com.triallens")
@WithMockUser(username = "curator", roles = {"CURATOR", "VIEWER"})
@Transactional
class RegistryFidelityTest extends SpringBrowserlessTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired CtgovImportService imports;

    static Stream<Path> records() throws IOException {
        var files = new ArrayList<Path>();
        for (var folder : List.of("real", "edge")) {
            var dir = Path.of("src/test/resources/ctgov", folder);
            try (var list = Files.list(dir)) {
                list.filter(f -> f.toString().endsWith(".json")).sorted().forEach(files::add);
            }
        }
        return files.stream();
    }

    /** The text of every row of a grid, cell by cell, keyed by column key. */
    private List<Map<String, String>> rows(Grid<?> grid) {
        var rows = new ArrayList<Map<String, String>>();
        if (grid == null || grid.getParent().isEmpty()) {
            return rows;
        }
        var tester = test(grid);
        var keys = grid.getColumns().stream().map(Grid.Column::getKey).toList();
        for (int r = 0; r < tester.size(); r++) {
            var row = new HashMap<String, String>();
            for (int c = 0; c < keys.size(); c++) {
                row.put(keys.get(c), tester.getCellText(r, c));
            }
            rows.add(row);
        }
        return rows;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void every_posted_figure_is_shown_or_listed_as_not_imported(Path file) throws IOException {
        var content = Files.readAllBytes(file);
        var preview = imports.preview(file.getFileName().toString(), content, step -> { });
        imports.importRecord(preview, "Fidelity test");
        var record = JSON.readTree(content);
        var nctId = record.path("protocolSection").path("identificationModule").path("nctId").asString();
        UI.getCurrent().navigate(RegistryResultsView.class, QueryParameters.of("trial", nctId));
        var view = (RegistryResultsView) getCurrentView();

        var missing = new ArrayList<String>();
        var notImported = preview.notMapped().stream().map(ImportPreview.NotMapped::item).toList();
        var results = record.path("resultsSection");

        checkMeasures(results.path("outcomeMeasuresModule").path("outcomeMeasures"), rows(view.outcomes), missing);
        checkMeasures(results.path("baselineCharacteristicsModule").path("measures"), rows(view.baseline), missing);
        checkAnalyses(results.path("outcomeMeasuresModule").path("outcomeMeasures"), rows(view.analyses), missing);
        checkEvents(results.path("adverseEventsModule"), rows(view.eventTotals), rows(view.events), missing);
        checkFlow(results.path("participantFlowModule"), rows(view.flow), missing);

        missing.removeIf(item -> notImported.stream().anyMatch(item::startsWith));
        assertThat(missing).as(nctId + ": posted figures neither shown nor listed as not imported").isEmpty();
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asString().trim();
    }

    private static Map<String, String> groupTitles(JsonNode groups) {
        var titles = new HashMap<String, String>();
        groups.values().forEach(g -> titles.put(text(g.path("id")), text(g.path("title"))));
        return titles;
    }

    /** Finds a row whose cells contain each of {@code expected} (keyed by column); removes it so each row matches once. */
    private static boolean consume(List<Map<String, String>> rows, Map<String, List<String>> expected) {
        for (var iterator = rows.iterator(); iterator.hasNext(); ) {
            var row = iterator.next();
            if (expected.entrySet().stream().allMatch(e -> e.getValue().stream()
                    .allMatch(v -> v == null || row.getOrDefault(e.getKey(), "").contains(v)))) {
                iterator.remove();
                return true;
            }
        }
        return false;
    }

    private void checkMeasures(JsonNode measures, List<Map<String, String>> rows, List<String> missing) {
        for (var measure : measures.values()) {
            var title = text(measure.path("title"));
            var groups = groupTitles(measure.path("groups").isMissingNode()
                    ? measures.path("groups") : measure.path("groups"));
            var denoms = new HashMap<String, String>();
            measure.path("denoms").values().forEach(d -> d.path("counts").values()
                    .forEach(c -> denoms.put(text(c.path("groupId")), text(c.path("value")))));
            for (var measureClass : measure.path("classes").values()) {
                var classDenoms = new HashMap<>(denoms);
                measureClass.path("denoms").values().forEach(d -> d.path("counts").values()
                        .forEach(c -> classDenoms.put(text(c.path("groupId")), text(c.path("value")))));
                for (var category : measureClass.path("categories").values()) {
                    for (var m : category.path("measurements").values()) {
                        var group = text(m.path("groupId"));
                        var where = "Measure \"" + title + "\" / " + text(measureClass.path("title")) + " / "
                                + text(category.path("title")) + " / " + group;
                        var expected = Map.of(
                                "measure", List.of(title),
                                "group", groups.containsKey(group) ? List.of(groups.get(group)) : List.<String>of(),
                                "value", nonNull(text(m.path("value")), text(m.path("spread")),
                                        text(m.path("lowerLimit")), text(m.path("upperLimit"))),
                                "analysed", nonNull(classDenoms.get(group)));
                        if (!consume(rows, expected)) {
                            missing.add(where + " " + expected);
                        }
                    }
                }
            }
        }
    }

    private void checkAnalyses(JsonNode measures, List<Map<String, String>> rows, List<String> missing) {
        for (var measure : measures.values()) {
            for (var a : measure.path("analyses").values()) {
                var expected = Map.of("measure", List.of(text(measure.path("title"))),
                        "estimate", nonNull(text(a.path("paramValue")), text(a.path("ciPctValue")),
                                text(a.path("ciLowerLimit")), text(a.path("ciUpperLimit")),
                                text(a.path("dispersionValue"))),
                        "p", nonNull(text(a.path("pValue"))));
                if (!consume(rows, expected)) {
                    missing.add("Analysis of \"" + text(measure.path("title")) + "\" " + expected);
                }
            }
        }
    }

    private void checkEvents(JsonNode module, List<Map<String, String>> totals, List<Map<String, String>> rows,
                             List<String> missing) {
        var groups = groupTitles(module.path("eventGroups"));
        for (var group : module.path("eventGroups").values()) {
            var expected = Map.of("group", List.of(text(group.path("title"))),
                    "deaths", counts(group, "deathsNumAffected", "deathsNumAtRisk"),
                    "serious", counts(group, "seriousNumAffected", "seriousNumAtRisk"),
                    "other", counts(group, "otherNumAffected", "otherNumAtRisk"));
            if (!consume(totals, expected)) {
                missing.add("Adverse-event totals " + expected);
            }
        }
        for (var kind : List.of("seriousEvents", "otherEvents")) {
            for (var event : module.path(kind).values()) {
                for (var stat : event.path("stats").values()) {
                    var expected = Map.of("term", List.of(text(event.path("term"))),
                            "group", List.of(groups.get(text(stat.path("groupId")))),
                            "incidence", counts(stat, "numAffected", "numAtRisk"),
                            "events", nonNull(text(stat.path("numEvents"))));
                    if (!consume(rows, expected)) {
                        missing.add((kind.startsWith("serious") ? "Serious" : "Other") + " adverse event \""
                                + text(event.path("term")) + "\" " + expected);
                    }
                }
            }
        }
    }

    /** "5/99", or for none at risk "0 at risk", never a share of 0. */
    private static List<String> counts(JsonNode node, String affected, String atRisk) {
        var n = text(node.path(affected));
        var of = text(node.path(atRisk));
        if ("0".equals(of)) {
            return List.of("0 at risk");
        }
        if (n != null && of != null) {
            return List.of(n + "/" + of);
        }
        return nonNull(n, of);
    }

    private void checkFlow(JsonNode module, List<Map<String, String>> rows, List<String> missing) {
        var groups = groupTitles(module.path("groups"));
        for (var period : module.path("periods").values()) {
            for (var list : List.of("milestones", "dropWithdraws")) {
                for (var step : period.path(list).values()) {
                    var counts = step.path(list.equals("milestones") ? "achievements" : "reasons");
                    for (var count : counts.values()) {
                        var expected = Map.of("step", List.of(text(step.path("type"))),
                                "group", List.of(groups.get(text(count.path("groupId")))),
                                "count", nonNull(text(count.path("numSubjects")), text(count.path("numUnits"))));
                        if (!consume(rows, expected)) {
                            missing.add("Participant flow / " + text(period.path("title")) + " " + expected);
                        }
                    }
                }
            }
        }
    }

    private static List<String> nonNull(String... values) {
        return Stream.of(values).filter(v -> v != null).toList();
    }
}
