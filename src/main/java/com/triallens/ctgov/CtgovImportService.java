package com.triallens.ctgov;

import com.triallens.audit.AuditService;
import com.triallens.audit.AuditService.Change;
import com.triallens.base.domain.InvalidEditException;
import com.triallens.ctgov.ImportPreview.Difference;
import com.triallens.ctgov.StoredTrial.Stored;
import com.triallens.ctgov.StudyPlan.Planned;
import com.triallens.results.RegistryResults;
import com.triallens.results.ResultsService;
import com.triallens.base.domain.Roles;
import com.triallens.trial.ProtocolService;
import com.triallens.trial.TrialFact;
import com.triallens.trial.TrialService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Imports one study record as ClinicalTrials.gov's API v2 returns it ({@code /api/v2/studies/NCT...}):
 * {@link #preview} reads and maps it without writing; {@link #importRecord} writes the preview in one
 * transaction, audited field by field with the curator's reason and the file's name. A trial already
 * stored under the record's NCT id is updated: changed values, added records; records the file no
 * longer has are kept.
 */
@Service
@Transactional(readOnly = true)
public class CtgovImportService {

    /**
     * Files over this size are refused before parsing. The largest study records with full results are a
     * few megabytes; 10 MB leaves room for those and keeps a parsed record well within the server's memory.
     */
    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    public static final String TRIAL_IMPORT = "trial_import";
    /** Audit entities of the protocol as the registry lists it (V10). */
    public static final String REGISTRY_PROTOCOL = "registry_protocol";
    public static final String REGISTRY_ARM_GROUP = "registry_arm_group";
    public static final String REGISTRY_INTERVENTION = "registry_intervention";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final ImportRepository repository;
    private final AuditService audit;
    private final ResultsService results;
    private final TrialService trials;
    private final Clock clock = Clock.systemUTC();

    CtgovImportService(ImportRepository repository, AuditService audit, ResultsService results, TrialService trials) {
        this.trials = trials;
        this.repository = repository;
        this.audit = audit;
        this.results = results;
    }

    /** The imported figures cite this page of the registry. */
    public static String studyUrl(String nctId) {
        return "https://clinicaltrials.gov/study/" + nctId;
    }

    /**
     * Reads an upload, refusing it as soon as it passes {@link #MAX_FILE_BYTES}: a larger file is never
     * held in memory whole.
     */
    public static byte[] read(InputStream in) {
        try (in) {
            var content = in.readNBytes(MAX_FILE_BYTES + 1);
            refuseIfTooLarge(content.length);
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void refuseIfTooLarge(long bytes) {
        if (bytes > MAX_FILE_BYTES) {
            throw new ImportRefusedException("The file is larger than " + MAX_FILE_BYTES / (1024 * 1024)
                    + " MB; a single study record is much smaller. Download one study record (api/v2/studies/NCT…).");
        }
    }

    /** Reads, parses and maps the record and compares it with a stored trial of the same NCT id. Writes nothing. */
    @PreAuthorize(Roles.MAY_CURATE)
    public ImportPreview preview(String fileName, byte[] content, Consumer<ImportStep> progress) {
        progress.accept(ImportStep.READING);
        refuseIfTooLarge(content.length);
        if (content.length == 0) {
            throw new ImportRefusedException("The file is empty.");
        }
        progress.accept(ImportStep.PARSING);
        var study = studyRecord(parse(content));
        progress.accept(ImportStep.MAPPING);
        var plan = StudyMapper.map(fileName, study);
        progress.accept(ImportStep.COMPARING);
        var preview = preview(plan, repository.trialId(plan.trial().registryId()).map(repository::load)
                .orElseGet(StoredTrial::none));
        progress.accept(ImportStep.DONE);
        return preview;
    }

    private static JsonNode parse(byte[] content) {
        try {
            return JSON.readTree(content);
        } catch (tools.jackson.core.exc.UnexpectedEndOfInputException truncated) {
            throw new ImportRefusedException("The file ends in the middle of the record" + location(truncated)
                    + ": it was not downloaded completely. Download the study record again and upload that.");
        } catch (JacksonException e) {
            throw new ImportRefusedException("The file is not a JSON study record: it is not valid JSON" + location(e)
                    + ". Upload the record as ClinicalTrials.gov sends it (api/v2/studies/NCT…).");
        }
    }

    private static String location(JacksonException e) {
        var where = e.getLocation();
        return where == null || where.getLineNr() < 0 ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
    }

    private static JsonNode studyRecord(JsonNode json) {
        if (json == null || json.isMissingNode()) {
            throw new ImportRefusedException("The file is empty.");
        }
        if (json.isObject() && json.path("studies").isArray()) {
            throw new ImportRefusedException("This is a list of studies (a search result with " + json.path("studies").size()
                    + (json.path("studies").size() == 1 ? " study" : " studies")
                    + "); download a single study record (api/v2/studies/NCT…) and upload that.");
        }
        if (json.isArray()) {
            throw new ImportRefusedException("This is a list, not a study record; download a single study record "
                    + "(api/v2/studies/NCT…) and upload that.");
        }
        var nctId = StudyMapper.text(json.path("protocolSection").path("identificationModule").path("nctId"));
        if (nctId == null) {
            throw new ImportRefusedException("This JSON is not a ClinicalTrials.gov study record: it has no "
                    + "protocolSection.identificationModule.nctId.");
        }
        if (!nctId.matches("NCT\\d{8}")) {
            throw new ImportRefusedException("\"" + nctId + "\" is not an NCT number (NCT and eight digits).");
        }
        return json;
    }

    private ImportPreview preview(StudyPlan plan, StoredTrial stored) {
        var differences = new ArrayList<Difference>();
        var added = new ArrayList<String>();
        var missing = new ArrayList<String>();
        if (stored.exists()) {
            differences.addAll(differences(stored.trial().record(), plan.trial()));
            compare("Arm", plan.arms(), stored.arms(), true, differences, added, missing);
            compare("Population", plan.populations(), stored.populations(), false, differences, added, missing);
            compare("Endpoint", plan.endpoints(), stored.endpoints(), true, differences, added, missing);
            compareProtocol(plan.protocol(), stored, differences, added, missing);
            var before = results.stored(stored.trialId());
            if (before.isEmpty() && !plan.registry().isEmpty()) {
                added.add("Registry results: " + plan.registry().figureCount() + " figures");
            } else if (before.isPresent() && !before.get().digest().equals(plan.registryDigest())) {
                differences.add(new Difference("Registry results", "posted figures (replaced as a whole)",
                        before.get().figures() + " figures", plan.registry().figureCount() + " figures, not all as before"));
            }
        }
        var registry = plan.registry();
        var counts = new ImportPreview.Counts(plan.arms().size(), plan.populations().size(), plan.endpoints().size(),
                registry.groups().size(), registry.outcomes().size(),
                registry.outcomes().stream().mapToInt(m -> m.analyses().size()).sum(),
                registry.events() == null ? 0 : registry.events().events().size(), registry.figureCount());
        return new ImportPreview(plan, stored.exists(), lines(plan), counts, differences, added, missing);
    }

    private static List<String> lines(StudyPlan plan) {
        var trial = plan.trial();
        var lines = new ArrayList<String>();
        lines.add("Trial " + trial.acronym() + " (" + trial.registryId() + "), phase " + trial.phase() + ", " + trial.status()
                + (trial.enrolment() == null ? "" : ", " + trial.enrolment() + " enrolled"));
        lines.add("Reference: " + referenceTitle(plan));
        lines.add(count(plan.arms().size(), "arm", "arms") + describe(plan.arms(),
                a -> a.label() + " (" + a.role().label().toLowerCase(Locale.ROOT) + ")"));
        lines.add(count(plan.populations().size(), "analysis population", "analysis populations")
                + describe(plan.populations(), StudyPlan.PopulationPlan::name));
        lines.add(count(plan.endpoints().size(), "endpoint", "endpoints") + describe(plan.endpoints(),
                e -> e.name() + " (" + e.kind().name().toLowerCase(Locale.ROOT) + ")"));
        lines.add(interventionsLine(plan.protocol()));
        lines.add(registryLine(plan.registry()));
        return lines;
    }

    /**
     * The registry's facts, arm groups and interventions against the stored ones. A trial imported before they were
     * kept (V10) has none stored: the record's facts are then added, so importing it again fills them in.
     */
    private static void compareProtocol(StudyPlan.ProtocolPlan protocol, StoredTrial stored, List<Difference> differences,
                                        List<String> added, List<String> missing) {
        var facts = protocol.facts();
        if (stored.protocol() != null) {
            differences.addAll(differences(stored.protocol().record(), facts));
        } else if (!facts.isEmpty()) {
            added.add(facts.label() + ": " + String.join(", ", facts.fields().entrySet().stream()
                    .filter(field -> field.getValue() != null).map(Map.Entry::getKey).toList()));
        }
        compare("Arm group", protocol.armGroups(), stored.armGroups(), true, differences, added, missing);
        compare("Intervention", protocol.interventions(), stored.interventions(), true, differences, added, missing);
    }

    private static String interventionsLine(StudyPlan.ProtocolPlan protocol) {
        return count(protocol.interventions().size(), "intervention", "interventions") + " and "
                + count(protocol.armGroups().size(), "arm group", "arm groups") + " as the registry lists them"
                + describe(protocol.interventions(), i -> i.name() + (i.type() == null ? ""
                : " (" + StudyMapper.sentence(i.type()).toLowerCase(Locale.ROOT) + ")"));
    }

    private static String registryLine(RegistryResults registry) {
        if (registry.isEmpty()) {
            return "No results are posted in this record: only the trial's registry facts are imported.";
        }
        int analyses = registry.outcomes().stream().mapToInt(m -> m.analyses().size()).sum();
        return "Registry results, every figure under its own reporting group (Results page): "
                + count(registry.groups().size(), "reporting group", "reporting groups") + ", "
                + count(registry.outcomes().size(), "outcome measure", "outcome measures") + " with "
                + count(analyses, "analysis", "analyses") + ", "
                + count(registry.baseline() == null ? 0 : registry.baseline().measures().size(), "baseline measure",
                "baseline measures") + ", "
                + count(registry.flow() == null ? 0 : registry.flow().periods().size(), "participant-flow period",
                "participant-flow periods") + ", "
                + count(registry.events() == null ? 0 : registry.events().events().size(), "adverse-event term",
                "adverse-event terms") + "; " + count(registry.figureCount(), "figure", "figures") + " in all; "
                + links(registry);
    }

    private static String links(RegistryResults registry) {
        long linked = registry.groups().stream().filter(g -> g.arm() != null).count();
        if (linked == 0) {
            return "no reporting group matches an arm, so every figure is shown under its own group";
        }
        return linked + " of " + count(registry.groups().size(), "reporting group is", "reporting groups are")
                + " proposed as arms (change them below)";
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static <T> String describe(List<T> records, Function<T, String> text) {
        if (records.isEmpty()) {
            return "";
        }
        var shown = records.stream().limit(8).map(text).toList();
        return ": " + String.join("; ", shown) + (records.size() > shown.size() ? "; …" : "");
    }

    static String referenceTitle(StudyPlan plan) {
        return "ClinicalTrials.gov API v2 record, file " + plan.fileName() + ", version date "
                + (plan.versionDate() == null ? "not stated" : plan.versionDate()) + " (lastUpdatePostDate)";
    }

    private static <T extends Planned> void compare(String kind, List<T> planned, Map<String, Stored<T>> stored,
                                                    boolean fieldLevel, List<Difference> differences, List<String> added,
                                                    List<String> missing) {
        for (var record : planned) {
            var before = stored.get(record.key());
            if (before == null) {
                added.add(kind + ": " + record.label());
            } else if (fieldLevel) {
                differences.addAll(differences(before.record(), record));
            }
        }
        var keys = planned.stream().map(Planned::key).collect(java.util.stream.Collectors.toSet());
        stored.forEach((key, record) -> {
            if (!keys.contains(key)) {
                missing.add(kind + ": " + record.record().label());
            }
        });
    }

    private static List<Difference> differences(Planned before, Planned after) {
        var old = before.fields();
        var changed = new ArrayList<Difference>();
        after.fields().forEach((field, value) -> {
            if (!Objects.equals(old.get(field), value)) {
                changed.add(new Difference(before.label(), field, old.get(field), value));
            }
        });
        return changed;
    }

    /** Writes one listed record of a trial at an ordinal and returns its id. */
    @FunctionalInterface
    private interface Inserter<T> {
        long insert(long trialId, int ordinal, T record);
    }

    /** What an import wrote: the trial, and whether it was created or updated. */
    public record Imported(long trialId, String registryId, boolean created) {
    }

    /**
     * Writes the previewed record in one transaction, compared afresh with what is stored now. Refuses
     * without a reason ({@link InvalidEditException}), and when there is nothing to update or the trial
     * was imported meanwhile ({@link ImportRefusedException}); nothing is written then.
     */
    @PreAuthorize(Roles.MAY_CURATE)
    @Transactional
    public Imported importRecord(ImportPreview preview, String reason) {
        InvalidEditException.refuseIfInvalid(List.of(), reason);
        var plan = preview.plan();
        var stored = repository.trialId(plan.trial().registryId()).map(repository::load).orElseGet(StoredTrial::none);
        if (stored.exists() != preview.trialExists()) {
            throw new ImportRefusedException(plan.trial().registryId() + " was imported by someone else meanwhile; "
                    + "upload the file again to see the differences.");
        }
        if (!preview(plan, stored).hasChanges()) {
            throw new ImportRefusedException("Nothing to update: " + plan.trial().registryId() + " already holds every "
                    + "figure of this record.");
        }
        return new Writer(plan, stored, reason.trim() + " (ClinicalTrials.gov import: file " + plan.fileName()
                + ", version date " + (plan.versionDate() == null ? "not stated" : plan.versionDate()) + ")").write();
    }

    /** One import's writes: each record created or changed with its audit rows. */
    private final class Writer {
        private final StudyPlan plan;
        private final StoredTrial stored;
        private final String reason;
        private final Set<String> codes;
        private final Map<String, Long> ids = new HashMap<>();
        /** The created and changed records' audit rows, written in one batch at the end. */
        private final List<Change> audited = new ArrayList<>();
        private long trialId;
        private long referenceId;

        Writer(StudyPlan plan, StoredTrial stored, String reason) {
            this.plan = plan;
            this.stored = stored;
            this.reason = reason;
            this.codes = new java.util.HashSet<>(stored.codes());
        }

        Imported write() {
            var trial = plan.trial();
            if (stored.exists()) {
                trialId = stored.trialId();
                trials.contentChanged(trialId); // first, as every writer of the trial: see ResultsService
                var before = stored.trial().record();
                if (!before.fields().equals(trial.fields())) {
                    repository.updateTrial(trialId, trial);
                    audit.record(new Change(ProtocolService.TRIAL, trialId, before.label(), before.fields(), trial.fields(), reason));
                }
            } else {
                trialId = repository.insertTrial(trial);
                trials.contentChanged(trialId);
                audit.record(new Change(ProtocolService.TRIAL, trialId, trial.label(), Map.of(),
                        withRegistryId(trial), reason));
            }
            var number = stored.references() + 1;
            var title = referenceTitle(plan);
            referenceId = repository.insertReference(trialId, number, title, studyUrl(trial.registryId()));
            audit.record(new Change(ProtocolService.REFERENCE, referenceId, "Reference [" + number + "]", Map.of(),
                    StudyPlan.fields("number", number, "source", "ClinicalTrials.gov", "title", title,
                            "url", studyUrl(trial.registryId())), reason));
            for (var fact : List.of(TrialFact.REGISTRY_ID, TrialFact.PHASE, TrialFact.STATUS, TrialFact.DESIGN,
                    TrialFact.CONDITION, TrialFact.ENROLMENT)) {
                repository.citeTrial(trialId, fact.name(), referenceId);
            }
            writeArms();
            writePopulations();
            writeEndpoints();
            writeProtocol();
            audit.recordAll(audited);
            writeRegistryResults();
            var action = stored.exists() ? "UPDATED" : "CREATED";
            var username = currentUsername();
            var importId = repository.insertImport(trialId, trial.registryId(), plan.fileName(), plan.versionDate(),
                    referenceId, action, Instant.now(clock), username);
            audit.record(new Change(TRIAL_IMPORT, importId, trial.registryId() + " from " + plan.fileName(), Map.of(),
                    StudyPlan.fields("action", action, "fileName", plan.fileName(), "versionDate", plan.versionDate(),
                            "reference", "[" + number + "]"), reason));
            return new Imported(trialId, trial.registryId(), !stored.exists());
        }

        private static Map<String, String> withRegistryId(StudyPlan.TrialFacts trial) {
            var fields = new java.util.LinkedHashMap<String, String>();
            fields.put("registryId", trial.registryId());
            fields.putAll(trial.fields());
            return fields;
        }

        /** The results in the registry's shape, replaced as a whole when the posted results changed. */
        private void writeRegistryResults() {
            var before = stored.exists() ? results.stored(trialId) : Optional.<ResultsService.StoredResults>empty();
            if (before.map(b -> b.digest().equals(plan.registryDigest())).orElse(plan.registry().isEmpty())) {
                return;
            }
            var armIds = new HashMap<String, Long>();
            plan.arms().forEach(arm -> armIds.put(arm.label(), ids.get("arm|" + arm.key())));
            results.replace(trialId, referenceId, plan.registryDigest(), plan.registry(), armIds);
            audit.record(new Change(ResultsService.ENTITY, trialId, "Registry results of " + plan.trial().registryId(),
                    before.map(b -> Map.of("figures", String.valueOf(b.figures()), "digest", b.digest())).orElse(Map.of()),
                    Map.of("figures", String.valueOf(plan.registry().figureCount()), "digest", plan.registryDigest()),
                    reason));
        }

        /**
         * The registry's facts, arm groups and interventions: added, or changed where the record changed; the
         * protocol then cites this import's reference. Groups and interventions the file no longer has are kept.
         */
        private void writeProtocol() {
            var protocol = plan.protocol();
            var facts = protocol.facts();
            var before = stored.protocol();
            if (before == null) {
                repository.insertProtocol(trialId, referenceId, facts);
                audited.add(new Change(REGISTRY_PROTOCOL, trialId, facts.label(), Map.of(), facts.fields(), reason));
            }
            boolean listed = writeListed(REGISTRY_ARM_GROUP, protocol.armGroups(), stored.armGroups(),
                    repository::insertArmGroup, repository::updateArmGroup);
            listed |= writeListed(REGISTRY_INTERVENTION, protocol.interventions(), stored.interventions(),
                    repository::insertIntervention, repository::updateIntervention);
            boolean factsChanged = before != null && !before.record().fields().equals(facts.fields());
            if (factsChanged || before != null && listed) {
                repository.updateProtocol(trialId, referenceId, facts);
            }
            if (factsChanged) {
                audited.add(new Change(REGISTRY_PROTOCOL, trialId, facts.label(), before.record().fields(),
                        facts.fields(), reason));
            }
        }

        /** Records the registry lists (arm groups, interventions): new ones added after the stored, changed ones updated. */
        private <T extends Planned> boolean writeListed(String entity, List<T> planned, Map<String, Stored<T>> kept,
                                                        Inserter<T> insert, java.util.function.ObjLongConsumer<T> update) {
            int ordinal = kept.size();
            boolean written = false;
            for (var record : planned) {
                var before = kept.get(record.key());
                if (before == null) {
                    created(entity, entity, record.key(), insert.insert(trialId, ordinal++, record), record);
                    written = true;
                } else if (!before.record().fields().equals(record.fields())) {
                    changed(entity, entity, record.key(), before, record, () -> update.accept(record, before.id()));
                    written = true;
                }
            }
            return written;
        }

        private void writeArms() {
            int ordinal = stored.arms().size();
            for (var arm : plan.arms()) {
                var before = stored.arms().get(arm.key());
                if (before == null) {
                    var id = repository.insertArm(trialId, code("arm", arm.label()), ordinal++, arm, referenceId);
                    created(ProtocolService.ARM, "arm", arm.key(), id, arm);
                } else {
                    changed(ProtocolService.ARM, "arm", arm.key(), before, arm,
                            () -> repository.updateArm(before.id(), arm, referenceId));
                }
            }
        }

        private void writePopulations() {
            for (var population : plan.populations()) {
                var before = stored.populations().get(population.key());
                if (before == null) {
                    var id = repository.insertPopulation(trialId, code("analysis_population", "CTGOV " + population.name()),
                            population);
                    created(ProtocolService.POPULATION, "population", population.key(), id, population);
                } else {
                    ids.put("population|" + population.key(), before.id());
                }
            }
        }

        private void writeEndpoints() {
            int ordinal = stored.endpoints().size();
            for (var endpoint : plan.endpoints()) {
                var before = stored.endpoints().get(endpoint.key());
                if (before == null) {
                    var id = repository.insertEndpoint(trialId, code("endpoint", endpoint.kind().name().charAt(0) + " "
                                    + endpoint.name()), ordinal++, endpoint,
                            ids.get("population|" + endpoint.populationKey()), referenceId);
                    created(ProtocolService.ENDPOINT, "endpoint", endpoint.key(), id, endpoint);
                } else {
                    changed(ProtocolService.ENDPOINT, "endpoint", endpoint.key(), before, endpoint,
                            () -> repository.updateEndpoint(before.id(), endpoint, referenceId));
                }
            }
        }

        private void created(String entity, String kind, String key, long id, Planned record) {
            ids.put(kind + "|" + key, id);
            audited.add(new Change(entity, id, record.label(), Map.of(), record.fields(), reason));
        }

        private <T extends Planned> void changed(String entity, String kind, String key, Stored<T> before, T after,
                                                 Runnable update) {
            ids.put(kind + "|" + key, before.id());
            if (!before.record().fields().equals(after.fields())) {
                update.run();
                audited.add(new Change(entity, before.id(), before.record().label(), before.record().fields(),
                        after.fields(), reason));
            }
        }

        /** A code unique in its table for this trial: the text in capitals, cut to 40 characters. */
        private String code(String table, String text) {
            var base = text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
            base = base.substring(0, Math.min(base.length(), 34));
            var code = base;
            for (int n = 2; !codes.add(table + ":" + code); n++) {
                code = base + "_" + n;
            }
            return code;
        }
    }

    private static String currentUsername() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
