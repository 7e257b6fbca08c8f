package com.triallens.safety;

import com.triallens.audit.AuditEntry;
import com.triallens.base.cache.TrialCache;
import com.triallens.base.domain.ArmFigure;
import com.triallens.base.domain.ArmSummary;
import com.triallens.base.domain.Citation;
import com.triallens.base.domain.Editable;
import com.triallens.base.domain.FigureEdit;
import com.triallens.results.ResultFigures;
import com.triallens.results.ResultsService;
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
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Adverse events per reporting group: the summaries a publication reports as shares of participants, then the
 * registry's totals and event terms (participants affected of those at risk).
 */
@Service
@Transactional(readOnly = true)
public class SafetyService {

    public static final String RESULT = ResultsService.MEASUREMENT;
    /** The population of the registry's adverse-event lines, in its own words: each group's participants at risk. */
    public static final String AT_RISK = "Participants at risk";

    private final TrialService trials;
    private final ResultsService results;
    private final TrialCache<SafetyPage> pages;
    private final TrialCache<SafetyTable> tables;

    SafetyService(TrialService trials, ResultsService results, PlatformTransactionManager transactions) {
        this.trials = trials;
        this.results = results;
        this.pages = new TrialCache<>(transactions, 32);
        this.tables = new TrialCache<>(transactions, 32);
    }

    /** The trial's safety table as it is now (exports, the summary); see {@link #safetyTable(TrialHeader)}. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public SafetyTable safetyTable(long trialId) {
        return trials.trial(trialId).map(this::safetyTable).orElseGet(() -> buildTable(trialId));
    }

    /** The safety table at the header's revision, built once per revision of the trial (see {@link TrialCache}). */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public SafetyTable safetyTable(TrialHeader trial) {
        return tables.get(trial.id(), trial.revision(), () -> buildTable(trial.id()));
    }

    private SafetyTable buildTable(long trialId) {
        return table(results.outcomeFigures(trialId), trials.citations(trialId), results.eventFigures(trialId));
    }

    /**
     * What the Safety page shows, read once per revision of the trial (see {@link TrialCache}): the curated summaries
     * (with only their own groups as columns) and their history, then the registry's adverse-event module (totals and
     * every term).
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public SafetyPage safetyPage(TrialHeader trial) {
        return pages.get(trial.id(), trial.revision(), () -> {
            var events = results.eventFigures(trial.id());
            var outcome = results.outcomeFigures(trial.id());
            var citations = trials.citations(trial.id());
            return new SafetyPage(table(outcome, citations, new ResultsService.EventFigures(List.of(), List.of(), null)),
                    adverseEvents(events), citations.get(events.importReference()), results.historyByRow(outcome, true));
        });
    }

    /** The registry's adverse-event module: its groups, totals and terms, in the posted order. */
    public AdverseEvents adverseEvents(long trialId) {
        return adverseEvents(results.eventFigures(trialId));
    }

    private static AdverseEvents adverseEvents(ResultsService.EventFigures events) {
        var columns = events.columns();
        var labels = com.triallens.base.domain.ShortLabels.of(columns.stream().map(ResultFigures.Column::label).toList());
        var groups = java.util.stream.IntStream.range(0, columns.size()).mapToObj(i -> new AdverseEvents.Group(
                columns.get(i).id(), labels.get(i), columns.get(i).title(), columns.get(i).role())).toList();
        var totals = new ArrayList<AdverseEvents.Total>();
        var terms = new ArrayList<AdverseEvents.Term>();
        for (var line : events.lines()) {
            if (line.total()) {
                totals.add(new AdverseEvents.Total(line.term(), line.counts()));
            } else {
                terms.add(new AdverseEvents.Term(terms.size(), line.term(), line.organSystem(), line.serious(),
                        line.counts()));
            }
        }
        return new AdverseEvents(groups, totals, terms);
    }

    private static SafetyTable table(ResultsService.OutcomeFigures outcome, Map<Long, Citation> citations,
                                     ResultsService.EventFigures events) {
        var rows = new ArrayList<SafetyRow>();
        var used = new java.util.HashSet<Long>();
        for (var row : outcome.rows()) {
            if (row.safety() && !row.cells().isEmpty()) {
                var figures = new LinkedHashMap<Long, ArmFigure>();
                row.cells().forEach((group, cell) -> figures.put(group, cell.figure(row.unit(), row.dispersionType(),
                        citations.get(outcome.referenceOf(cell.referenceId())))));
                used.addAll(figures.keySet());
                rows.add(new SafetyRow(row.label(), row.population(), figures, row.categoryId(), false));
            }
        }
        var source = citations.get(events.importReference());
        for (var line : events.lines()) {
            var figures = new LinkedHashMap<Long, ArmFigure>();
            line.counts().forEach((group, counts) -> figures.put(group, counts.figure(source)));
            rows.add(new SafetyRow(line.label(), AT_RISK, figures, null, !line.total()));
        }
        // The summaries' groups first, then the adverse-event module's, each in the source's order.
        var ordered = java.util.stream.Stream.concat(outcome.columns().stream().filter(c -> used.contains(c.id())),
                events.columns().stream()).toList();
        return new SafetyTable(ordered.stream().map(c -> new ArmSummary(c.id(), c.label(), c.role())).toList(), rows,
                ResultFigures.armGroups(ordered));
    }


    /** Earlier values of each curated summary row's figures, newest first, by row id. */
    public Map<Long, List<AuditEntry>> historyByCategory(long trialId) {
        return results.historyByRow(results.outcomeFigures(trialId), true);
    }

    /** Every group's figure for every adverse-event summary, as curators edit them, in source and group order. */
    public List<Editable<FigureEdit>> resultsForCuration(long trialId) {
        return results.measurementsForCuration(trialId, true);
    }

    public Optional<Editable<FigureEdit>> result(long id) {
        return results.measurement(id);
    }

    /** Saves one group's figure for a summary; the rules and refusals are those of outcome figures. */
    @PreAuthorize(Roles.MAY_CURATE)
    @Transactional
    public void updateResult(long id, int version, FigureEdit edit, String reason) {
        results.updateMeasurement(id, version, edit, reason);
    }
}
