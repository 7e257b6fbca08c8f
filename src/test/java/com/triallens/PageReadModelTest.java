package com.triallens;

import com.triallens.base.db.StatementCounter;
import com.triallens.base.domain.EditConflictException;
import com.triallens.base.domain.FigureEdit;
import com.triallens.base.domain.ReportedDecimal;
import com.triallens.base.domain.ResultStatus;
import com.triallens.base.domain.ArmFigure;
import com.triallens.base.domain.Editable;
import com.triallens.ctgov.CtgovImportService;
import com.triallens.efficacy.EfficacyService;
import com.triallens.efficacy.EfficacyTable;
import com.triallens.results.ui.RegistryRecords;
import com.triallens.safety.SafetyService;
import com.triallens.trial.ProtocolService;
import com.triallens.trial.ReferenceEdit;
import com.triallens.trial.TrialHeader;
import com.triallens.trial.TrialService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The pages' read model: a trial's Efficacy and Safety pages are built once per content revision, every committed
 * change raises the revision (so it shows on the next view), a failed change does not, and building a page takes a
 * fixed handful of statements (no query per row or per group). Not transactional: the changes here commit, so the
 * class has a Spring context and so a database of its own, and each test works on a trial it imports itself.
 */
@SpringBootTest(properties = "triallens.test.own-database=page-read-model")
@WithMockUser(username = "curator", roles = {"CURATOR", "VIEWER"})
class PageReadModelTest {

    @Autowired TrialService trials;
    @Autowired EfficacyService efficacy;
    @Autowired SafetyService safety;
    @Autowired ProtocolService protocol;
    @Autowired CtgovImportService imports;

    /** Imports the record (once per context) and returns its trial as the pages read it now. */
    private TrialHeader trial(String record) {
        var registryId = record.substring(record.lastIndexOf('/') + 1, record.lastIndexOf('/') + 12);
        return trials.trial(registryId)
                .or(() -> trials.trial(RegistryRecords.importRecord(imports, record)))
                .orElseThrow();
    }

    private TrialHeader now(TrialHeader trial) {
        return trials.trial(trial.registryId()).orElseThrow();
    }

    private static long figuresWorth(EfficacyTable table, String value) {
        return table.rows().stream().flatMap(row -> row.figures().values().stream()).map(ArmFigure::value)
                .filter(Objects::nonNull).filter(v -> v.toString().equals(value)).count();
    }

    private Editable<FigureEdit> firstReported(TrialHeader trial) {
        return efficacy.resultsForCuration(trial.id()).stream()
                .filter(r -> r.values().status() == ResultStatus.REPORTED).findFirst().orElseThrow();
    }

    private static FigureEdit worth(Editable<FigureEdit> result, String value) {
        return new FigureEdit(ResultStatus.REPORTED, ReportedDecimal.parse(value), result.values().unit(),
                result.values().participants());
    }

    @Test
    void a_page_viewed_again_at_the_same_revision_asks_the_database_nothing() {
        var trial = trial("real/NCT00567567.json");
        var first = efficacy.page(trial);
        var safetyFirst = safety.safetyPage(trial);

        var statements = StatementCounter.during(() -> {
            assertThat(efficacy.page(trial)).isSameAs(first);
            assertThat(safety.safetyPage(trial)).isSameAs(safetyFirst);
        });

        assertThat(statements).isEmpty();
        assertThat(StatementCounter.during(() -> now(trial))).hasSize(1);
    }

    @Test
    void a_committed_save_shows_on_the_next_page_view_with_its_history() {
        var before = trial("real/NCT00716976.json");
        assertThat(figuresWorth(efficacy.page(before).table(), "71.93")).isZero();
        var safetyBefore = safety.safetyPage(before);
        var result = firstReported(before);

        efficacy.updateResult(result.id(), result.version(), worth(result, "71.93"), "Read model test: corrected");

        var after = now(before);
        assertThat(after.revision()).isGreaterThan(before.revision());
        var page = efficacy.page(after);
        assertThat(figuresWorth(page.table(), "71.93")).isOne();
        assertThat(page.history().values()).anySatisfy(entries -> assertThat(entries)
                .anySatisfy(e -> assertThat(e.reason()).isEqualTo("Read model test: corrected")));
        assertThat(safety.safetyPage(after)).isNotSameAs(safetyBefore);
    }

    @Test
    void a_refused_save_leaves_the_revision_and_the_page_as_they_were() {
        var before = trial("real/NCT00763412.json");
        var page = efficacy.page(before);
        var result = firstReported(before);

        assertThatThrownBy(() -> efficacy.updateResult(result.id(), result.version() + 1, worth(result, "1.5"),
                "stale")).isInstanceOf(EditConflictException.class);

        assertThat(now(before).revision()).isEqualTo(before.revision());
        assertThat(efficacy.page(now(before))).isSameAs(page);
    }

    @Test
    void protocol_changes_and_imports_raise_the_revision() {
        var imported = trial("real/NCT03275402.json");
        assertThat(imported.revision()).isPositive();
        assertThat(efficacy.page(imported).table().rows()).isNotEmpty();

        var id = protocol.createReference(imported.id(), new ReferenceEdit(90, "Read model test", "A title",
                "https://example.org/a"), "Read model test: added");
        var added = now(imported).revision();
        protocol.deleteReference(id, protocol.reference(id).orElseThrow().version(), "Read model test: removed");

        assertThat(added).isGreaterThan(imported.revision());
        assertThat(now(imported).revision()).isGreaterThan(added);
    }

    @Test
    void a_page_is_built_with_a_fixed_handful_of_statements_whatever_the_number_of_groups() {
        var twoGroups = trial("real/NCT04280705.json");
        var eightGroups = trial("real/NCT04431453.json");
        var efficacyTwo = StatementCounter.during(() -> efficacy.page(twoGroups));
        var efficacyEight = StatementCounter.during(() -> efficacy.page(eightGroups));
        var safetyTwo = StatementCounter.during(() -> safety.safetyPage(twoGroups));
        var safetyEight = StatementCounter.during(() -> safety.safetyPage(eightGroups));
        System.out.printf("Statements to build a page: Efficacy %d (2 groups) / %d (8 groups), Safety %d / %d%n",
                efficacyTwo.size(), efficacyEight.size(), safetyTwo.size(), safetyEight.size());

        // A query per row or per group would repeat one statement many times; a statement read for two modules of the
        // results (the outcome's groups and the adverse events') appears twice.
        for (var statements : List.of(efficacyTwo, efficacyEight, safetyTwo, safetyEight)) {
            assertThat(statements).hasSizeLessThanOrEqualTo(12);
            assertThat(statements.stream().collect(Collectors.groupingBy(sql -> sql, Collectors.counting())).values())
                    .allSatisfy(times -> assertThat(times).isLessThanOrEqualTo(2));
        }
    }
}
