package com.triallens.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Gives the first Safety row a "Changed" history in a running bench app's database (H2 with
 * AUTO_SERVER=TRUE, so this second process may connect): the load journey opens that history.
 * Usage: BenchDb JDBC_URL (H2, or PostgreSQL with ?user=)
 */
public class BenchDb {

    static final String HISTORY_REASON = "Bench history row";

    /** H2 as the bench apps use it (user sa, no password); any other database with its user in the URL. */
    static Connection connect(String jdbcUrl) throws SQLException {
        return jdbcUrl.startsWith("jdbc:h2:") ? DriverManager.getConnection(jdbcUrl, "sa", "")
                : DriverManager.getConnection(jdbcUrl);
    }

    public static void main(String[] args) throws SQLException {
        try (var connection = connect(args[0]);
             var statement = connection.createStatement()) {
            statement.executeUpdate("""
                    insert into audit_entry (changed_at, username, entity, entity_id, entity_label, field,
                                             old_value, new_value, reason)
                    select current_timestamp, 'curator', 'result_measurement', v.id, 'Bench row', 'value',
                           '0.0', '68.3', '%s'
                    from result_measurement v join result_category k on k.id = v.category_id
                    join result_class c on c.id = k.class_id join result_measure m on m.id = c.measure_id
                    where m.safety and m.trial_id = (select min(id) from trial)
                    order by m.ordinal, v.id fetch first 1 rows only""".formatted(HISTORY_REASON));
        }
    }
}
