package db.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * V20 on H2: the free text that options carried ("risks addressed") is kept as their note, and each option is linked to
 * the risks of its own workspace whose hazard the text names — never to another workspace's risk.
 */
class V20OptionsAnswerRisksTest {

    @Test
    void optionsAreLinkedToTheRisksTheirTextNamesInTheirOwnWorkspace() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:v20upgrade;DB_CLOSE_DELAY=-1");
        dataSource.setUser("portal");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("19").load().migrate();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("set referential_integrity false"); // rows of two workspaces, without their municipalities and accounts
            risk(s, 11, 1, "Coastal flooding");
            risk(s, 12, 1, "Drought");
            risk(s, 13, 1, "Heatwaves");
            risk(s, 21, 2, "Coastal flooding");
            option(s, 31, 1, "Extreme rainfall; coastal FLOODING and heatwaves");
            option(s, 32, 1, "Nothing we rated");
            option(s, 33, 2, "Coastal flooding");
            s.execute("set referential_integrity true");
        }
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("20").load().migrate();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertEquals(List.of("31-11", "31-13", "33-21"), links(s), "by hazard, ignoring case, in the same workspace only");
            ResultSet note = s.executeQuery("select risks_addressed from adaptation_option where id = 32");
            note.next();
            assertEquals("Nothing we rated", note.getString(1), "the free text stays, as the option's note");
            s.execute("set referential_integrity false");
            s.executeUpdate("insert into adaptation_option (id, version, created_at, updated_at, workspace_id, name, option_type,"
                    + " lead_department, changed_by) values (34, 1, current_timestamp, current_timestamp, 1, 'New', 'NO_REGRET', 'Roads', 'Awa')");
            s.execute("set referential_integrity true");
            s.executeUpdate("delete from risk where id = 13");
            assertEquals(List.of("31-11", "33-21"), links(s), "a note is optional now, and a deleted risk's links go");
        }
    }

    private static void risk(Statement s, long id, long workspace, String hazard) throws SQLException {
        s.executeUpdate("insert into risk (id, version, created_at, updated_at, workspace_id, hazard, sector, impact, likelihood, consequence,"
                + " within_mandate, changed_by) values (" + id + ", 1, current_timestamp, current_timestamp, " + workspace + ", '" + hazard
                + "', 'WATER', 'Flooded homes', 4, 4, true, 'Awa')");
    }

    private static void option(Statement s, long id, long workspace, String risks) throws SQLException {
        s.executeUpdate("insert into adaptation_option (id, version, created_at, updated_at, workspace_id, name, risks_addressed, option_type,"
                + " lead_department, changed_by) values (" + id + ", 1, current_timestamp, current_timestamp, " + workspace + ", 'Option " + id
                + "', '" + risks + "', 'NO_REGRET', 'Roads', 'Awa')");
    }

    private static List<String> links(Statement s) throws SQLException {
        List<String> links = new ArrayList<>();
        ResultSet rows = s.executeQuery("select option_id, risk_id from option_risk order by option_id, risk_id");
        while (rows.next()) {
            links.add(rows.getLong(1) + "-" + rows.getLong(2));
        }
        return links;
    }
}
