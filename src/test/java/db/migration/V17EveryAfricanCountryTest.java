package db.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.iclei.africa.resilient.content.domain.CountryNames;
import org.junit.jupiter.api.Test;

/** V17 on H2: an installation with the 22 countries of before gets the 54, keeping ids and administrators' names. */
class V17EveryAfricanCountryTest {

    private static JdbcDataSource database(String name) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("portal");
        return dataSource;
    }

    private static Flyway flyway(JdbcDataSource dataSource, String target) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load();
    }

    @Test
    void anExistingInstallationGetsTheMissingCountriesAndKeepsItsRows() throws SQLException {
        JdbcDataSource dataSource = database("v17upgrade");
        flyway(dataSource, "16").migrate();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            long id = 1;
            for (Map.Entry<String, List<String>> seed : V17__Every_african_country.SEEDED.entrySet()) {
                List<String> n = seed.getValue();
                s.executeUpdate("insert into country values (" + id++ + ", 1, current_timestamp, current_timestamp, '"
                        + seed.getKey() + "', '" + n.get(0).replace("'", "''") + "', '" + n.get(1).replace("'", "''")
                        + "', '" + n.get(2).replace("'", "''") + "')");
            }
            // an administrator renamed Kenya's Portuguese name and added France
            s.executeUpdate("update country set name_pt = 'Quénia (editado)' where code = 'KE'");
            s.executeUpdate("insert into country values (" + id + ", 1, current_timestamp, current_timestamp, 'FR', 'France', 'République française', 'França')");
        }
        Map<String, Long> idsBefore = ids(dataSource);
        flyway(dataSource, "17").migrate();

        Map<String, Long> ids = ids(dataSource);
        assertEquals(55, ids.size(), "54 African countries and France");
        idsBefore.forEach((code, id) -> assertEquals(id, ids.get(code), "the id of " + code + " stays"));
        assertTrue(ids.keySet().containsAll(CountryNames.AFRICAN_UN_MEMBERS));
        assertEquals(ids.size(), Set.copyOf(ids.values()).size(), "no id twice");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertFalse(custom(s, "ZA"), "a seeded row follows the JDK");
            assertFalse(custom(s, "CI"), "also when the seeded names differed from the JDK's");
            assertTrue(custom(s, "KE"), "an administrator's name stays");
            assertTrue(custom(s, "FR"), "a country an administrator added keeps its names");
            assertFalse(custom(s, "BF"), "an added country follows the JDK");
            ResultSet bf = s.executeQuery("select name_en, name_fr, name_pt, version from country where code = 'BF'");
            assertTrue(bf.next());
            assertEquals("Burkina Faso", bf.getString(1));
            assertEquals("Burkina Faso", bf.getString(2));
            assertEquals(CountryNames.standard("BF", "pt").orElseThrow(), bf.getString(3));
            ResultSet seq = s.executeQuery("select max(id) from country");
            seq.next();
            long maxId = seq.getLong(1);
            ResultSet next = s.executeQuery("select next value for portal_seq");
            next.next();
            assertTrue(next.getLong(1) - 49 > maxId, "EclipseLink's next block of 50 ids is beyond every row");
        }
    }

    @Test
    void aCountryAnAdministratorAddedWithTheJdkNamesFollowsTheJdk() throws SQLException {
        JdbcDataSource dataSource = database("v17jdknames");
        flyway(dataSource, "16").migrate();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("insert into country values (1, 1, current_timestamp, current_timestamp, 'FR', 'France', 'France', 'França')");
        }
        flyway(dataSource, "17").migrate();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertFalse(custom(s, "FR"), "the names are the JDK's (pt-PT: França)");
        }
        assertEquals(55, ids(dataSource).size());
    }

    @Test
    void aNewDatabaseIsLeftToTheFirstStartsLoader() throws SQLException {
        JdbcDataSource dataSource = database("v17fresh");
        flyway(dataSource, "17").migrate();
        assertTrue(ids(dataSource).isEmpty(), "InitialContentLoader fills an empty table (and the topics and demo content with it)");
    }

    private static boolean custom(Statement s, String code) throws SQLException {
        ResultSet r = s.executeQuery("select names_custom from country where code = '" + code + "'");
        assertTrue(r.next(), code);
        return r.getBoolean(1);
    }

    private static Map<String, Long> ids(JdbcDataSource dataSource) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select code, id from country")) {
            while (r.next()) {
                ids.put(r.getString(1), r.getLong(2));
            }
        }
        return ids;
    }
}
