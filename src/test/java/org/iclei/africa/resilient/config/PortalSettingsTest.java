package org.iclei.africa.resilient.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PortalSettingsTest {

    private static PortalSettings with(Map<String, String> variables) {
        return new PortalSettings(variables::get);
    }

    @Test
    void withoutVariablesTheDatabaseIsAnH2FileInTheDataFolder() {
        PortalSettings settings = with(Map.of());
        Path expected = Path.of("data").toAbsolutePath().normalize();
        assertEquals(expected, settings.dataDirectory());
        assertTrue(settings.databaseUrl().startsWith("jdbc:h2:file:" + expected.resolve("portal").toString().replace('\\', '/') + ";"),
                settings.databaseUrl());
        assertFalse(settings.isPostgreSql());
    }

    @Test
    void theDataDirectoryMovesTheH2File() {
        PortalSettings settings = with(Map.of("PORTAL_DATA_DIR", "/var/lib/portal"));
        assertEquals(Path.of("/var/lib/portal").toAbsolutePath(), settings.dataDirectory());
        assertTrue(settings.databaseUrl().startsWith("jdbc:h2:file:" + Path.of("/var/lib/portal").toAbsolutePath().toString().replace('\\', '/') + "/portal;"));
    }

    @Test
    void aPostgreSqlUrlSwitchesToPostgreSql() {
        PortalSettings settings = with(Map.of(
                "PORTAL_DB_URL", "jdbc:postgresql://db:5432/portal",
                "PORTAL_DB_USER", "portal",
                "PORTAL_DB_PASSWORD", "s3cret"));
        assertTrue(settings.isPostgreSql());
        assertEquals("jdbc:postgresql://db:5432/portal", settings.databaseUrl());
        assertEquals(Optional.of("portal"), settings.databaseUser());
        assertEquals(Optional.of("s3cret"), settings.databasePassword());
    }

    @Test
    void blankValuesCountAsUnset() {
        PortalSettings settings = with(Map.of("PORTAL_DB_URL", "  ", "PORTAL_ADMIN_PASSWORD", ""));
        assertFalse(settings.isPostgreSql());
        assertEquals(Optional.empty(), settings.adminPassword());
    }

    @Test
    void theBaseUrlLosesItsTrailingSlash() {
        assertEquals("https://resilientafrica.org", with(Map.of("PORTAL_BASE_URL", "https://resilientafrica.org/")).baseUrl());
        assertEquals("http://localhost:8080", with(Map.of()).baseUrl());
    }

    @Test
    void theAdministratorEmailIsLowerCase() {
        assertEquals("staff@iclei.org", with(Map.of("PORTAL_ADMIN_EMAIL", "Staff@ICLEI.org")).adminEmail());
    }

    @Test
    void aSmtpPortThatIsNotANumberIsReportedByName() {
        PortalSettings settings = with(Map.of("PORTAL_SMTP_PORT", "twenty-five"));
        IllegalStateException e = assertThrows(IllegalStateException.class, settings::smtpPort);
        assertTrue(e.getMessage().contains("PORTAL_SMTP_PORT"));
        assertEquals(587, with(Map.of("PORTAL_SMTP_PORT", "587")).smtpPort());
        assertEquals(25, with(Map.of()).smtpPort());
    }

    @Test
    void theDataSourcePicksTheDriverFromTheUrl() {
        assertTrue(new PortalDataSource(with(Map.of())).target() instanceof org.h2.jdbcx.JdbcDataSource);
        assertTrue(new PortalDataSource(with(Map.of("PORTAL_DB_URL", "jdbc:postgresql://localhost/x"))).target()
                instanceof org.postgresql.ds.PGSimpleDataSource);
    }
}
