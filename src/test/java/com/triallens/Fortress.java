package com.triallens;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Where FORTRESS's figures are stored, found by what they are rather than by id (ids come from the migration). */
public final class Fortress {

    public static final String COMBINATION = "Balixafortide + eribulin";
    public static final String ERIBULIN = "Eribulin alone";

    private final JdbcClient jdbc;

    public Fortress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The id of one group's figure of a measure ("Clinical benefit rate", "Eribulin alone"). */
    public long measurement(String measure, String group) {
        return jdbc.sql("""
                        select v.id from result_measurement v join result_group g on g.id = v.group_id
                        join result_category k on k.id = v.category_id join result_class c on c.id = k.class_id
                        join result_measure m on m.id = c.measure_id
                        where m.trial_id = 1 and m.title = :measure and g.title = :group""")
                .param("measure", measure).param("group", group).query(Long.class).single();
    }

    /** The id of the measure's (first) analysis. */
    public long analysis(String measure) {
        return jdbc.sql("""
                        select min(a.id) from result_analysis a join result_measure m on m.id = a.measure_id
                        where m.trial_id = 1 and m.title = :measure""").param("measure", measure).query(Long.class).single();
    }

    /** The id of the measure's row on the result pages (its one category). */
    public long row(String measure) {
        return jdbc.sql("""
                        select k.id from result_category k join result_class c on c.id = k.class_id
                        join result_measure m on m.id = c.measure_id where m.trial_id = 1 and m.title = :measure""")
                .param("measure", measure).query(Long.class).single();
    }

    /** A stored figure's text and version: "19.6 v0". */
    public String stored(long measurementId) {
        return jdbc.sql("select coalesce(value_text, 'not reported') || ' v' || cast(version as varchar(10))"
                + " from result_measurement where id = :id").param("id", measurementId).query(String.class).single();
    }
}
