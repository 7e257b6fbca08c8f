package com.triallens.bench;

import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Gives the first Safety row a "Changed" history in a running bench app's database (H2 with
 * AUTO_SERVER=TRUE, so this second process may connect): the load journey opens that history.
 * Usage: BenchDb JDBC_URL
 */
public class BenchDb {

    static final String HISTORY_REASON = "Bench history row";

    public static void main(String[] args) throws SQLException {
        try (var connection = DriverManager.getConnection(args[0], "sa", "");
             var statement = connection.createStatement()) {
            statement.executeUpdate("""
                    insert into audit_entry (changed_at, username, entity, entity_id, entity_label, field,
                                             old_value, new_value, reason)
                    select current_timestamp, 'curator', 'adverse_event_result', r.id, 'Bench row', 'value',
                           '0.0', '68.3', '%s'
                    from adverse_event_result r
                    where r.category_id = (select min(c.id) from adverse_event_category c)
                    order by r.id fetch first 1 rows only""".formatted(HISTORY_REASON));
        }
    }
}
