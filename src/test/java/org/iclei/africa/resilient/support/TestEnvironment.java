package org.iclei.africa.resilient.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the integration tests run on, from the system properties failsafe sets (see pom.xml).
 * On a developer's machine a missing Chromium or PostgreSQL skips the tests that need it;
 * with {@code CI=true} nothing is skipped, so a missing tool fails the build.
 */
public final class TestEnvironment {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private TestEnvironment() {
    }

    public static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    public static String property(String name) {
        String value = System.getProperty(name);
        return value == null ? "" : value.trim();
    }

    /** The JDBC URL the portal under test uses; empty means its default, an H2 file. */
    public static String databaseUrl() {
        return property("it.db.url");
    }

    /**
     * Skips the test class (from its {@code @BeforeAll}) unless the tests run on PostgreSQL ({@code -Ppostgres}), and says
     * so in the build's output: "{@code name} {@code does} and runs only with -Ppostgres".
     */
    public static void assumePostgreSql(String name, String does) {
        String reason = "SKIPPED: " + name + " " + does + " and runs only with -Ppostgres (the tests use H2 here)";
        if (!isPostgreSql()) {
            System.out.println("[portal-tests] " + reason);
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(isPostgreSql(), reason);
    }

    public static boolean isPostgreSql() {
        return databaseUrl().startsWith("jdbc:postgresql:");
    }

    public static boolean hasChromium() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Whether the PostgreSQL server named by the URL accepts connections (always true for H2). */
    public static boolean databaseReachable() {
        if (!isPostgreSql()) {
            return true;
        }
        URI uri = URI.create(databaseUrl().substring("jdbc:".length()));
        String host = uri.getHost() == null ? "localhost" : uri.getHost();
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Command-line system properties that point a portal JVM at the database under test. */
    public static java.util.List<String> databaseOptions(Path h2DataDir) {
        java.util.List<String> options = new java.util.ArrayList<>();
        options.add("-Dportal.data.dir=" + h2DataDir.toAbsolutePath());
        if (isPostgreSql()) {
            options.add("-Dportal.db.url=" + databaseUrl());
            options.add("-Dportal.db.user=" + property("it.db.user"));
            options.add("-Dportal.db.password=" + property("it.db.password"));
        }
        return options;
    }
}
