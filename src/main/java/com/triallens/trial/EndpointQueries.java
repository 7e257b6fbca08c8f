package com.triallens.trial;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;

/**
 * A trial's endpoints as the results pages read them: two queries whatever their number (loading the Endpoint
 * aggregates would read each one's citations with a query of its own).
 */
@Repository
class EndpointQueries {

    record EndpointRow(long id, String code, String name, EndpointKind kind, MeasureType measureType,
                       String population, boolean interim) {
    }

    record CitationRow(long endpointId, long referenceId) {
    }

    // By hand, as TrialDirectory's headers (looking up camel-case names first costs an exception per miss).
    private static final RowMapper<EndpointRow> ENDPOINTS = (rs, row) -> new EndpointRow(rs.getLong("id"),
            rs.getString("code"), rs.getString("name"), EndpointKind.valueOf(rs.getString("kind")),
            rs.getString("measure_type") == null ? null : MeasureType.valueOf(rs.getString("measure_type")),
            rs.getString("population"), rs.getBoolean("interim"));
    private static final RowMapper<CitationRow> CITATIONS = (rs, row) -> new CitationRow(rs.getLong("endpoint_id"),
            rs.getLong("reference_id"));

    private final JdbcClient jdbc;

    EndpointQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<EndpointRow> endpoints(long trialId) {
        return jdbc.sql("""
                        select e.id, e.code, e.name, e.kind, e.measure_type, p.name as population, e.interim
                        from endpoint e left join analysis_population p on p.id = e.population_id
                        where e.trial_id = :trial order by e.ordinal, e.id""")
                .param("trial", trialId).query(ENDPOINTS).list();
    }

    List<CitationRow> citations(long trialId) {
        return jdbc.sql("""
                        select c.endpoint_id, c.reference_id from endpoint_citation c
                        join endpoint e on e.id = c.endpoint_id where e.trial_id = :trial""")
                .param("trial", trialId).query(CITATIONS).list();
    }
}
