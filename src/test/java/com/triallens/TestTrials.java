package com.triallens;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Minimal extra trials for tests that need more than FORTRESS; run inside a rolled-back test transaction. */
public final class TestTrials {

    private final JdbcClient jdbc;

    public TestTrials(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A trial with one reference and one population, no arms yet; returns its id. */
    public long trial(String acronym, String registryId) {
        jdbc.sql("insert into trial (acronym, registry_id, title, phase, status, design, condition_text)"
                        + " values (:a, :r, :t, '3', 'Completed', 'Randomized, open-label', 'Metastatic breast cancer')")
                .param("a", acronym).param("r", registryId).param("t", acronym + " test trial").update();
        var id = id("select id from trial where registry_id = '" + registryId + "'");
        jdbc.sql("insert into reference (trial_id, ref_number, source) values (?, 1, 'Test record')").param(id).update();
        jdbc.sql("insert into analysis_population (trial_id, code, name) values (?, 'ITT', 'Intention to treat')")
                .param(id).update();
        return id;
    }

    public long arm(long trialId, String code, String label, String role, int ordinal) {
        jdbc.sql("insert into arm (trial_id, code, label, short_label, role, ordinal) values (?, ?, ?, ?, ?, ?)")
                .params(trialId, code, label, label, role, ordinal).update();
        return id("select id from arm where trial_id = " + trialId + " and code = '" + code + "'");
    }

    /** A population besides the trial's first, "Intention to treat" (code ITT). */
    public void population(long trialId, String code, String name) {
        jdbc.sql("insert into analysis_population (trial_id, code, name) values (?, ?, ?)").params(trialId, code, name)
                .update();
    }

    public long endpoint(long trialId, String code, String name, String measureType, int ordinal) {
        return endpoint(trialId, code, name, measureType, "ITT", ordinal);
    }

    public long endpoint(long trialId, String code, String name, String measureType, String population, int ordinal) {
        jdbc.sql("insert into endpoint (trial_id, code, name, kind, measure_type, population_id, ordinal) values"
                        + " (?, ?, ?, 'PRIMARY', ?, (select id from analysis_population where trial_id = ? and code = ?), ?)")
                .params(trialId, code, name, measureType, trialId, population, ordinal).update();
        return id("select id from endpoint where trial_id = " + trialId + " and code = '" + code + "'");
    }

    /** An adverse-event summary (a safety measure of shares of participants); returns its measure id. */
    public long adverseEventCategory(long trialId, String code, String name, String population, int ordinal) {
        jdbc.sql("insert into result_measure (trial_id, module, ordinal, title, population_description, param_type,"
                        + " safety) values (?, 'OUTCOME', ?, ?, (select name from analysis_population where trial_id = ?"
                        + " and code = ?), 'NUMBER', true)")
                .params(trialId, 1000 + ordinal, name, trialId, population).update();
        return withCategory(id("select max(id) from result_measure where trial_id = " + trialId));
    }

    public void adverseEvent(long categoryId, long armId, String value, String unit, Integer participants) {
        measurement(categoryId, armId, value, unit, participants);
    }

    /** A reported result: {@code value} as printed (its places are kept), with the participants it is of. */
    public void result(long endpointId, long armId, String value, String unit, Integer participants) {
        measurement(measureOf(endpointId), armId, value, unit, participants);
    }

    /** A reported p-value comparing two arms on an endpoint, with nothing else. */
    public void comparisonWithP(long endpointId, long experimentalArmId, long comparatorArmId, String pValue) {
        var measureId = measureOf(endpointId);
        jdbc.sql("insert into result_analysis (measure_id, ordinal, p_value, reference_id) values (?, 0, ?,"
                        + " (select min(r.id) from reference r join result_measure m on m.trial_id = r.trial_id where m.id = ?))")
                .params(measureId, pValue, measureId).update();
        var analysisId = id("select max(id) from result_analysis where measure_id = " + measureId);
        jdbc.sql("insert into result_analysis_group (analysis_id, group_id, ordinal) values (?, ?, 0), (?, ?, 1)")
                .params(analysisId, groupOf(experimentalArmId), analysisId, groupOf(comparatorArmId)).update();
    }

    private void measurement(long measureId, long armId, String value, String unit, Integer participants) {
        jdbc.sql("update result_measure set unit_of_measure = ? where id = ?").params(unit, measureId).update();
        var groupId = groupOf(armId);
        jdbc.sql("insert into result_measurement (category_id, group_id, value_text, reference_id) values ((select k.id"
                        + " from result_category k join result_class c on c.id = k.class_id where c.measure_id = ?), ?, ?,"
                        + " (select min(r.id) from reference r join result_measure m on m.trial_id = r.trial_id where m.id = ?))")
                .params(measureId, groupId, value, measureId).update();
        if (participants != null) {
            jdbc.sql("insert into result_denom (group_id, measure_id, units, count_text) values (?, ?, 'Participants', ?)")
                    .params(groupId, measureId, participants.toString()).update();
        }
    }

    /** The outcome measure standing for the endpoint, created on first use as the V9 migration would. */
    private long measureOf(long endpointId) {
        var existing = jdbc.sql("select id from result_measure where endpoint_id = ?").param(endpointId).query(Long.class)
                .optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        jdbc.sql("insert into result_measure (trial_id, module, ordinal, outcome_type, title, population_description,"
                        + " param_type, endpoint_id) select e.trial_id, 'OUTCOME', e.ordinal, e.kind, e.name, p.name,"
                        + " case e.measure_type when 'MEDIAN_TIME' then 'MEDIAN' when 'COUNT_OF_PARTICIPANTS'"
                        + " then 'COUNT_OF_PARTICIPANTS' when 'MEAN' then 'MEAN' else 'NUMBER' end, e.id"
                        + " from endpoint e join analysis_population p on p.id = e.population_id where e.id = ?")
                .param(endpointId).update();
        return withCategory(id("select id from result_measure where endpoint_id = " + endpointId));
    }

    private long withCategory(long measureId) {
        jdbc.sql("insert into result_class (measure_id, ordinal) values (?, 0)").param(measureId).update();
        jdbc.sql("insert into result_category (class_id, ordinal) select id, 0 from result_class where measure_id = ?")
                .param(measureId).update();
        return measureId;
    }

    /** The arm's outcome reporting group, created on first use. */
    private long groupOf(long armId) {
        var existing = jdbc.sql("select id from result_group where arm_id = ? and module = 'OUTCOME'").param(armId)
                .query(Long.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        jdbc.sql("insert into result_group (trial_id, module, ordinal, code, title, arm_id) select trial_id, 'OUTCOME',"
                + " ordinal, 'A' || cast(id as varchar(19)), label, id from arm where id = ?").param(armId).update();
        return id("select id from result_group where arm_id = " + armId + " and module = 'OUTCOME'");
    }

    private long id(String query) {
        return jdbc.sql(query).query(Long.class).single();
    }
}
