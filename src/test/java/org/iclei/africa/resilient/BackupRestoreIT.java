package org.iclei.africa.resilient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.iclei.africa.resilient.support.PortalServer;
import org.iclei.africa.resilient.support.RequiresDatabase;
import org.iclei.africa.resilient.support.TestEnvironment;
import org.iclei.africa.resilient.support.ToolClient;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, the README's back-up and restore on PostgreSQL, done as an operator would: a member's work saved, the
 * database dumped with {@code pg_dump -Fc} while the portal runs, restored with {@code pg_restore} into an empty
 * database, and a portal started on it: Flyway finds the schema up to date and the member signs in and finds the work.
 * Runs only on PostgreSQL ({@code -Ppostgres}); the test role needs CREATEDB ({@code .ci/run} gives it). Skipped with a
 * message otherwise (and when {@code pg_dump} is missing), except with {@code CI=true}.
 */
@RequiresDatabase
class BackupRestoreIT {

    static final String RESTORED = "portal_test_restored";

    @BeforeAll
    static void onPostgreSqlOnly() {
        TestEnvironment.assumePostgreSql("BackupRestoreIT", "restores a pg_dump");
        boolean tools = Files.isExecutable(Path.of("/usr/bin/pg_dump")) && Files.isExecutable(Path.of("/usr/bin/pg_restore"));
        if (!tools && !TestEnvironment.isCi()) {
            System.out.println("[portal-tests] SKIPPED: BackupRestoreIT needs pg_dump and pg_restore (apt-get install postgresql-client)");
        }
        Assumptions.assumeTrue(tools || TestEnvironment.isCi(), "pg_dump and pg_restore are missing");
    }

    @Test
    void aDumpRestoredIntoAnEmptyDatabaseStartsWithEverythingInIt() throws Exception {
        String email = ToolClient.register(ToolClient.newEmail(), "Backup Person", "Lichinga " + System.nanoTime(), null);
        String hazard = "River flood kept in the back-up " + System.nanoTime();
        ToolClient.addRisk(ToolClient.signIn(email, ToolClient.PASSWORD), hazard, "WATER", 4, 4);

        Path dump = Path.of("target", "backup-restore.dump").toAbsolutePath();
        Files.deleteIfExists(dump);
        run("pg_dump", "-Fc", "-h", "localhost", "-U", user(), "-f", dump.toString(), database());
        assertTrue(Files.size(dump) > 10_000, "a dump was written");

        admin("drop database if exists " + RESTORED);
        admin("create database " + RESTORED);
        PortalServer restored = null;
        try {
            run("pg_restore", "--no-owner", "-h", "localhost", "-U", user(), "-d", RESTORED, dump.toString());
            restored = PortalServer.separate("it-restored", 18211,
                    "-Dportal.db.url=" + TestEnvironment.databaseUrl().replaceAll("/[^/?]+(\\?.*)?$", "/" + RESTORED),
                    "-Dportal.db.user=" + user(), "-Dportal.db.password=" + TestEnvironment.property("it.db.password"),
                    "-Dportal.smtp.port=1"); // mails still waiting in the dump are the live portal's to send, not sent twice
            assertTrue(restored.log().contains("is up to date. No migration necessary"), "Flyway found the restored schema current");
            String again = ToolClient.signIn(restored, email, ToolClient.PASSWORD);
            assertTrue(ToolClient.page(restored, again, "/tool/steps/impacts-and-risks").contains(hazard),
                    "the member signs in on the restored database and finds the risk saved before the dump");
        } finally {
            if (restored != null) {
                restored.close();
            }
            admin("drop database if exists " + RESTORED);
        }
    }

    private static String user() {
        return TestEnvironment.property("it.db.user");
    }

    private static String database() {
        return TestEnvironment.databaseUrl().replaceAll(".*/([^/?]+)(\\?.*)?$", "$1");
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(TestEnvironment.databaseUrl(), user(), TestEnvironment.property("it.db.password"));
                Statement statement = c.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new SQLException("'" + sql + "' failed: the test role needs CREATEDB (alter role " + user() + " createdb)", e);
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", TestEnvironment.property("it.db.password"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), String.join(" ", command) + " took too long");
        assertEquals(0, process.exitValue(), String.join(" ", command) + ":\n" + output);
    }
}
