package com.triallens.efficacy;

import com.triallens.audit.AuditEntry;
import com.triallens.base.cache.TrialCache;
import com.triallens.base.domain.ArmFigure;
import com.triallens.base.domain.ArmSummary;
import com.triallens.base.domain.Citation;
import com.triallens.base.domain.ComparisonEdit;
import com.triallens.base.domain.Editable;
import com.triallens.base.domain.FigureEdit;
import com.triallens.base.domain.Statistic;
import com.triallens.base.stats.Consistency;
import com.triallens.results.ResultFigures;
import com.triallens.results.ResultsService;
import com.triallens.results.ResultsService.OutcomeFigures;
import com.triallens.trial.EndpointDefinition;
import com.triallens.trial.EndpointKind;
import com.triallens.trial.MeasureType;
import com.triallens.trial.TrialHeader;
import com.triallens.trial.TrialService;
import com.triallens.base.domain.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Outcome measures per reporting group and the analyses between groups, read from the registry-shaped results
 * (safety summaries excluded: they are the Safety page's). Curation writes go through {@link ResultsService}.
 */
@Service
@Transactional(readOnly = true)
public class EfficacyService {

    public static final String RESULT = ResultsService.MEASUREMENT;
    public static final String COMPARISON = ResultsService.ANALYSIS;

    private final TrialService trials;
    private final ResultsService results;
    private final TrialCache<EfficacyPage> pages;

    EfficacyService(TrialService trials, ResultsService results, PlatformTransactionManager transactions) {
        this.trials = trials;
        this.results = results;
        this.pages = new TrialCache<>(transactions, 32);
    }

    /** What the Efficacy page shows: the table, and the history of each of its tree's rows. */
    public record EfficacyPage(EfficacyTable table, Map<Long, List<AuditEntry>> history) {
    }

    /** The Efficacy page of the trial at the header's revision, built once per revision (see {@link TrialCache}). */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public EfficacyPage page(TrialHeader trial) {
        return pages.get(trial.id(), trial.revision(), () -> {
            var outcome = results.outcomeFigures(trial.id());
            var table = table(trial.id(), outcome);
            return new EfficacyPage(table, treeHistory(results.historyByRow(outcome, false), table));
        });
    }

    /** The outcome rows that have figures or analyses, in the source's order, with a column per reporting group. */
    public EfficacyTable efficacyTable(long trialId) {
        return table(trialId, results.outcomeFigures(trialId));
    }

    private EfficacyTable table(long trialId, OutcomeFigures outcome) {
        var citations = trials.citations(trialId);
        var endpoints = trials.endpoints(trialId, citations).stream()
                .collect(Collectors.toMap(EndpointDefinition::id, Function.identity()));
        var columns = outcome.columns();
        var rowsByMeasure = new LinkedHashMap<Long, List<EfficacyRow>>();
        var measuresWithAnalyses = new java.util.HashSet<Long>();
        var titled = new java.util.HashMap<Long, EndpointDefinition>();
        for (var row : outcome.rows()) {
            if (row.safety()) {
                continue;
            }
            var analyses = measuresWithAnalyses.add(row.measureId())
                    ? outcome.analyses().stream().filter(a -> a.measureId() == row.measureId()).toList()
                    : List.<ResultFigures.Analysis>of();
            if (row.cells().isEmpty() && analyses.isEmpty()) {
                continue;
            }
            var definition = definition(row, row.label(), endpoints.get(row.endpointId()), outcome, citations);
            titled.computeIfAbsent(row.measureId(), m -> definition(row, row.title(), endpoints.get(row.endpointId()),
                    outcome, citations));
            var figures = figures(row, outcome, citations);
            rowsByMeasure.computeIfAbsent(row.measureId(), m -> new ArrayList<>()).add(new EfficacyRow(row.categoryId(),
                    definition, figures, analyses.stream().map(a -> new EfficacyRow.Compared(columns.size() <= 2 ? ""
                                    : a.groupIds().stream().map(g -> outcome.column(g).map(ResultFigures.Column::label)
                                    .orElse("Group " + g)).collect(Collectors.joining(" vs ")),
                            a.figure(citations.get(outcome.referenceOf(a.referenceId()))))).toList(),
                    part(row), new EfficacyRow.Measure(row.measureId(), row.paramType(), row.dispersionType(),
                            row.unit(), row.timeFrame(), row.outcomeType()), analysed(figures), intervals(row)));
        }
        var rows = new ArrayList<EfficacyRow>();
        var measures = new ArrayList<EfficacyRow>();
        var parts = new LinkedHashMap<Long, List<EfficacyRow>>();
        rowsByMeasure.values().forEach(measureRows -> {
            rows.addAll(measureRows);
            if (measureRows.size() == 1) {
                var only = measureRows.getFirst();
                measures.add(new EfficacyRow(only.id(), only.endpoint(), only.figures(), only.comparisons(), null,
                        only.measure(), only.analysed(), only.intervals()));
                return;
            }
            var heading = heading(measureRows, titled.get(measureRows.getFirst().measure().id()));
            measures.add(heading);
            parts.put(heading.id(), measureRows.stream().map(r -> new EfficacyRow(r.id(), r.endpoint(), r.figures(),
                    List.of(), r.part(), r.measure(), differing(r.analysed(), heading.analysed()), r.intervals()))
                    .toList());
        });
        return new EfficacyTable(columns.stream().map(c -> new ArmSummary(c.id(), c.label(), c.role())).toList(), rows,
                ResultFigures.armGroups(columns), measures, parts);
    }

    /**
     * The heading row of a measure of several rows: named by the measure, with its analyses and each group's number
     * analysed where all its rows agree. Its id is the measure's, negated, so that it never meets a row's.
     */
    private static EfficacyRow heading(List<EfficacyRow> measureRows, EndpointDefinition titled) {
        var first = measureRows.getFirst();
        var analysed = new LinkedHashMap<Long, Integer>();
        first.analysed().forEach((group, n) -> {
            if (measureRows.stream().allMatch(r -> n.equals(r.analysed().get(group)))) {
                analysed.put(group, n);
            }
        });
        var id = -first.measure().id();
        return new EfficacyRow(id, new EndpointDefinition(id, titled.code(), titled.name(), titled.kind(),
                titled.measureType(), titled.population(), titled.interim(), titled.sources()), Map.of(),
                first.comparisons(), null, first.measure(), analysed, Map.of());
    }

    /** Each group's range to draw, where the posted figures give one in numbers. */
    static Map<Long, EfficacyRow.Interval> intervals(ResultFigures.Row row) {
        var intervals = new LinkedHashMap<Long, EfficacyRow.Interval>();
        var kind = row.dispersionType() == null ? "" : row.dispersionType().strip();
        row.cells().forEach((group, cell) -> {
            var value = cell.number();
            var lower = ResultFigures.parse(cell.lower());
            var upper = ResultFigures.parse(cell.upper());
            var spread = ResultFigures.parse(cell.spread());
            if (value.isEmpty()) {
                return;
            }
            if (lower.isPresent() && upper.isPresent()) {
                intervals.put(group, new EfficacyRow.Interval(lower.get().value().doubleValue(),
                        upper.get().value().doubleValue(), kind));
            } else if (spread.isPresent() && kind.toLowerCase(Locale.ROOT).matches("standard (deviation|error)")) {
                var v = value.get().value().doubleValue();
                var s = spread.get().value().doubleValue();
                intervals.put(group, new EfficacyRow.Interval(v - s, v + s, "± " + kind));
            }
        });
        return intervals;
    }

    private static String part(ResultFigures.Row row) {
        var label = row.label();
        return label.equals(row.title()) ? null : label.substring(row.title().length() + 3);
    }

    private static Map<Long, Integer> analysed(Map<Long, ArmFigure> figures) {
        var analysed = new LinkedHashMap<Long, Integer>();
        figures.forEach((group, figure) -> {
            if (figure.participants() != null) {
                analysed.put(group, figure.participants());
            }
        });
        return analysed;
    }

    private static Map<Long, Integer> differing(Map<Long, Integer> analysed, Map<Long, Integer> measureWide) {
        var own = new LinkedHashMap<Long, Integer>();
        analysed.forEach((group, n) -> {
            if (!n.equals(measureWide.get(group))) {
                own.put(group, n);
            }
        });
        return own;
    }

    static Map<Long, ArmFigure> figures(ResultFigures.Row row, OutcomeFigures outcome, Map<Long, Citation> citations) {
        var figures = new LinkedHashMap<Long, ArmFigure>();
        row.cells().forEach((group, cell) -> figures.put(group, cell.figure(row.unit(), row.dispersionType(),
                citations.get(outcome.referenceOf(cell.referenceId())))));
        return figures;
    }


    /**
     * The row as the pages name it: a measure standing for a protocol endpoint takes the endpoint's kind,
     * population, interim mark and citations; any other takes the registry's own.
     */
    private static EndpointDefinition definition(ResultFigures.Row row, String name, EndpointDefinition endpoint,
                                                 OutcomeFigures outcome, Map<Long, Citation> citations) {
        if (endpoint != null) {
            return new EndpointDefinition(row.categoryId(), endpoint.code(), name, endpoint.kind(),
                    endpoint.measureType(), endpoint.population(), endpoint.interim(), endpoint.sources());
        }
        var source = citations.get(outcome.importReference());
        return new EndpointDefinition(row.categoryId(), "M" + row.measureId(), name, kind(row.outcomeType()),
                measureType(row.paramType(), row.unit()), row.population(), false,
                source == null ? List.of() : List.of(source));
    }

    private static EndpointKind kind(String outcomeType) {
        if (outcomeType == null) {
            return EndpointKind.EXPLORATORY;
        }
        return switch (outcomeType.toUpperCase(Locale.ROOT)) {
            case "PRIMARY" -> EndpointKind.PRIMARY;
            case "SECONDARY" -> EndpointKind.SECONDARY;
            default -> EndpointKind.EXPLORATORY;
        };
    }

    /** The kind of figure, for the charts: only what the parameter and unit say for certain. */
    static MeasureType measureType(String paramType, String unit) {
        var param = paramType == null ? "" : paramType.toUpperCase(Locale.ROOT).replace(' ', '_');
        var units = unit == null ? "" : unit.strip().toLowerCase(Locale.ROOT);
        if (param.equals("COUNT_OF_PARTICIPANTS") && ArmFigure.isCount(units)) {
            return MeasureType.COUNT_OF_PARTICIPANTS;
        }
        if (param.equals("NUMBER") && (units.equals("%") || units.startsWith("percentage of participants"))) {
            return MeasureType.PERCENT_OF_PARTICIPANTS;
        }
        if (param.equals("MEDIAN") && units.equals("months")) {
            return MeasureType.MEDIAN_TIME;
        }
        if (param.equals("MEAN")) {
            return MeasureType.MEAN;
        }
        return MeasureType.OTHER;
    }

    /**
     * Reported p-values and risk-difference intervals that clearly contradict the two groups' counts (see
     * {@link Consistency}), one message per figure, for curators to check against the source.
     */
    public List<String> figuresToCheck(long trialId) {
        var outcome = results.outcomeFigures(trialId);
        var checks = new ArrayList<String>();
        for (var analysis : outcome.analyses()) {
            var row = outcome.rows().stream().filter(r -> r.measureId() == analysis.measureId()).findFirst();
            if (row.isEmpty() || analysis.groupIds().size() != 2 || row.get().cells().size() < 2) {
                continue;
            }
            var figures = figures(row.get(), outcome, Map.of());
            var experimental = Optional.ofNullable(figures.get(analysis.groupIds().get(0))).flatMap(ArmFigure::counts);
            var comparator = Optional.ofNullable(figures.get(analysis.groupIds().get(1))).flatMap(ArmFigure::counts);
            if (experimental.isEmpty() || comparator.isEmpty()) {
                continue;
            }
            var e = experimental.get();
            var c = comparator.get();
            var figure = analysis.figure(null);
            var found = new ArrayList<Consistency>();
            if (figure.pValue() != null && figure.pValue().value().signum() > 0) {
                found.add(Consistency.ofPValue(e.events(), e.participants(), c.events(), c.participants(),
                        figure.pValue().value().doubleValue()));
            }
            if (figure.statistic() == Statistic.RISK_DIFFERENCE && figure.hasInterval()) {
                // Risk differences are posted as fractions or as percentage points; the check takes fractions.
                var scale = figure.ciLower().value().abs().doubleValue() > 1 || figure.ciUpper().value().abs().doubleValue() > 1
                        ? 100.0 : 1.0;
                found.add(Consistency.ofRiskDifferenceInterval(e.events(), e.participants(), c.events(),
                        c.participants(), figure.ciLevel().value().doubleValue(),
                        figure.ciLower().value().doubleValue() / scale, figure.ciUpper().value().doubleValue() / scale));
            }
            var label = label(outcome, analysis);
            found.stream().filter(check -> !check.consistent())
                    .forEach(check -> checks.add(label + ": " + check.message()));
        }
        return checks;
    }

    /** Earlier values of each row's figures and analyses, newest first, by row id. */
    public Map<Long, List<AuditEntry>> historyByEndpoint(long trialId) {
        return results.historyByRow(results.outcomeFigures(trialId), false);
    }

    /**
     * The history by row ({@link #historyByEndpoint}) for the rows of {@code table}'s tree: a measure of several rows
     * has its analyses' history on its heading row, and each of its rows its own figures' history.
     */
    private static Map<Long, List<AuditEntry>> treeHistory(Map<Long, List<AuditEntry>> byRow, EfficacyTable table) {
        var history = new LinkedHashMap<>(byRow);
        table.parts().forEach((heading, parts) -> {
            var first = parts.getFirst().id();
            var entries = history.getOrDefault(first, List.of());
            var analyses = entries.stream().filter(e -> e.entity().equals(COMPARISON)).toList();
            if (!analyses.isEmpty()) {
                history.put(heading, analyses);
                history.put(first, entries.stream().filter(e -> !e.entity().equals(COMPARISON)).toList());
            }
        });
        return history;
    }

    /** Every group's figure of every outcome row, as curators edit them, in the source's order. */
    public List<Editable<FigureEdit>> resultsForCuration(long trialId) {
        return results.measurementsForCuration(trialId, false);
    }

    public List<Editable<ComparisonEdit>> comparisonsForCuration(long trialId) {
        var outcome = results.outcomeFigures(trialId);
        return results.analysesForCuration(trialId, a -> label(outcome, a));
    }

    public Optional<Editable<FigureEdit>> result(long id) {
        return results.measurement(id);
    }

    public Optional<Editable<ComparisonEdit>> comparison(long id) {
        return results.analysis(id).map(a -> new Editable<>(a.id(), a.version(), label(a), ResultsService.toEdit(a)));
    }

    /** Saves one group's figure; see {@link ResultsService#updateMeasurement}. */
    @PreAuthorize(Roles.MAY_CURATE)
    @Transactional
    public void updateResult(long id, int version, FigureEdit edit, String reason) {
        results.updateMeasurement(id, version, edit, reason);
    }

    @PreAuthorize(Roles.MAY_CURATE)
    @Transactional
    public void updateComparison(long id, int version, ComparisonEdit edit, String reason) {
        results.updateAnalysis(id, version, edit, reason, comparisonLabel(id));
    }

    /** Deletes an analysis (the source reports none after all), recording each value it had. */
    @PreAuthorize(Roles.MAY_CURATE)
    @Transactional
    public void deleteComparison(long id, int version, String reason) {
        results.deleteAnalysis(id, version, reason, comparisonLabel(id));
    }

    private String comparisonLabel(long id) {
        return results.analysis(id).map(this::label).orElse("Comparison " + id);
    }

    private String label(ResultFigures.Analysis analysis) {
        return label(results.outcomeFigures(results.trialOfAnalysis(analysis.id()).orElseThrow()), analysis);
    }

    /** "Median progression-free survival / Balixafortide + eribulin vs Eribulin alone". */
    private static String label(OutcomeFigures outcome, ResultFigures.Analysis analysis) {
        var measure = outcome.rows().stream().filter(r -> r.measureId() == analysis.measureId()).findFirst()
                .map(r -> r.interim() ? r.title() + " (interim)" : r.title()).orElse("Measure " + analysis.measureId());
        return measure + " / " + analysis.groupIds().stream()
                .map(g -> outcome.column(g).map(ResultFigures.Column::label).orElse("Group " + g))
                .collect(Collectors.joining(" vs "));
    }
}
