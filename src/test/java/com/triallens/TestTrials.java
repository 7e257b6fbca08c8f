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

    public long adverseEventCategory(long trialId, String code, String name, String population, int ordinal) {
        jdbc.sql("insert into adverse_event_category (trial_id, code, name, population_id, ordinal) values"
                        + " (?, ?, ?, (select id from analysis_population where trial_id = ? and code = ?), ?)")
                .params(trialId, code, name, trialId, population, ordinal).update();
        return id("select id from adverse_event_category where trial_id = " + trialId + " and code = '" + code + "'");
    }

    public void adverseEvent(long categoryId, long armId, String value, String unit, Integer participants) {
        var number = new java.math.BigDecimal(value);
        jdbc.sql("insert into adverse_event_result (category_id, arm_id, status, value_value, value_places, unit,"
                        + " participants, reference_id) values (?, ?, 'REPORTED', ?, ?, ?, ?, (select r.id from reference r"
                        + " join adverse_event_category c on c.trial_id = r.trial_id where c.id = ?))")
                .params(categoryId, armId, number, Math.max(number.scale(), 0), unit, participants, categoryId).update();
    }

    /** A reported result: {@code value} as printed (its places are kept), with the participants it is of. */
    public void result(long endpointId, long armId, String value, String unit, Integer participants) {
        var number = new java.math.BigDecimal(value);
        jdbc.sql("insert into endpoint_result (endpoint_id, arm_id, status, value_value, value_places, unit, participants,"
                        + " reference_id) values (?, ?, 'REPORTED', ?, ?, ?, ?,"
                        + " (select r.id from reference r join endpoint e on e.trial_id = r.trial_id where e.id = ?))")
                .params(endpointId, armId, number, Math.max(number.scale(), 0), unit, participants, endpointId).update();
    }

    /** A reported p-value comparing two arms on an endpoint, with nothing else. */
    public void comparisonWithP(long endpointId, long experimentalArmId, long comparatorArmId, String pValue) {
        var p = new java.math.BigDecimal(pValue);
        jdbc.sql("insert into comparison (endpoint_id, experimental_arm_id, comparator_arm_id, p_value_value, p_value_places,"
                        + " reference_id) values (?, ?, ?, ?, ?, (select r.id from reference r join endpoint e"
                        + " on e.trial_id = r.trial_id where e.id = ?))")
                .params(endpointId, experimentalArmId, comparatorArmId, p, p.scale(), endpointId).update();
    }

    private long id(String query) {
        return jdbc.sql(query).query(Long.class).single();
    }
}
