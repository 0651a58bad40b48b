package org.iclei.africa.resilient.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one portal that black-box HTTP and browser tests share: the built WAR on Payara Micro at
 * context root {@code /}, started on first use in the failsafe JVM and stopped when that JVM ends.
 * Its log goes to {@code target/it-portal.log}; its H2 data to {@code target/it-data} (emptied before the first start);
 * its mail to the GreenMail server of {@link MailServer}.
 */
public final class PortalServer {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(240);
    private static PortalServer instance;

    private final int port;
    private final Path log;
    private final Path dataDir;
    /** Extra system properties of a separate portal; a separate portal uses H2 of its own, unless it is a cluster node. */
    private final List<String> extraOptions;
    /** Payara Micro's options of a cluster node (Hazelcast on loopback), or null: Hazelcast off. */
    private final List<String> clusterOptions;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    /** What the last readiness probe got, for the message when a start times out. */
    private volatile String lastProbe = "none yet";
    private int starts;

    private PortalServer() {
        this(Integer.parseInt(TestEnvironment.property("it.port").isEmpty() ? "18080" : TestEnvironment.property("it.port")), "it-portal",
                Path.of(TestEnvironment.property("it.data.dir").isEmpty() ? "target/it-data" : TestEnvironment.property("it.data.dir")), null, null);
    }

    private PortalServer(int port, String name, Path dataDir, List<String> extraOptions, List<String> clusterOptions) {
        this.port = port;
        this.log = Path.of(TestEnvironment.property("it.log.dir").isEmpty() ? "target" : TestEnvironment.property("it.log.dir"), name + ".log");
        this.dataDir = dataDir;
        this.extraOptions = extraOptions;
        this.clusterOptions = clusterOptions;
    }

    /**
     * A node of a Payara Micro cluster (its Domain Data Grid, Hazelcast) on the test database, PostgreSQL: the data grid
     * listens on 127.0.0.1 from {@code gridPort} and finds the other nodes by TCP at {@code gridMembers}
     * ({@code host:port,host:port}; no multicast); {@code clusterName} keeps it out of any other cluster on the machine.
     * Stop it with {@link #close()}.
     */
    public static PortalServer clusterNode(String name, int port, int gridPort, String gridMembers, String clusterName) {
        MailServer.start();
        PortalServer server = new PortalServer(port, name, Path.of("target", name + "-data"),
                List.of("-Dportal.node.name=" + name),
                List.of("--clustermode", "tcpip:" + gridMembers, "--clustername", clusterName, "--interfaces", "127.0.0.1",
                        "--startport", String.valueOf(gridPort), "--name", name));
        deleteDirectory(server.dataDir);
        server.start();
        return server;
    }


    /**
     * A portal of its own (not the shared one), on an empty H2 database, started with extra system
     * properties such as {@code -Dportal.demo=false}. Stop it with {@link #close()}.
     */
    public static PortalServer separate(String name, int port, String... options) {
        MailServer.start();
        PortalServer server = new PortalServer(port, name, Path.of("target", name + "-data"), List.of(options), null);
        deleteDirectory(server.dataDir);
        server.start();
        return server;
    }

    /** Stops a separate portal. */
    public void close() {
        stop();
    }

    /** The running shared portal, started if it is not yet. */
    public static synchronized PortalServer get() {
        if (instance == null) {
            instance = new PortalServer();
            deleteDirectory(instance.dataDir);
            emptyPostgreSql();
            MailServer.start();
            instance.start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "stop-it-portal"));
        }
        return instance;
    }

    /** The base URL without a trailing slash, e.g. {@code http://localhost:18080}. */
    public String url() {
        return "http://localhost:" + port;
    }

    public String url(String path) {
        return url() + path;
    }

    /** Everything the portal logged since it was first started. */
    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the portal and starts it again on the same data; returns the log of the new start only. */
    public synchronized String restart() {
        stop();
        int before = log().length();
        start();
        return log().substring(before);
    }

    private void start() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx768m");
        command.add("-Dportal.trust.proxy=true");
        command.add("-Dportal.base.url=" + url());
        command.add("-Dportal.smtp.host=127.0.0.1");
        command.add("-Dportal.smtp.port=" + MailServer.port());
        command.add("-Dportal.mail.interval.seconds=1");
        command.add("-Dportal.mail.retry.seconds=2");
        // the ITs register many accounts from one client address; MailLimitsIT checks the limit with its own portal
        command.add("-Dportal.mail.limit.per.client.hour=100000");
        if (extraOptions == null || clusterOptions != null) {
            command.addAll(TestEnvironment.databaseOptions(dataDir));
        } else {
            command.add("-Dportal.data.dir=" + dataDir.toAbsolutePath());
        }
        if (extraOptions != null) {
            command.addAll(extraOptions);
        }
        command.addAll(List.of("-jar", TestEnvironment.property("payara.microJar")));
        command.addAll(clusterOptions == null ? List.of("--nocluster") : clusterOptions);
        command.addAll(List.of("--disablephonehome",
                "--port", String.valueOf(port),
                "--contextroot", "/",
                "--deploy", TestEnvironment.property("portal.war")));
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            Files.writeString(log, "\n==== start " + (++starts) + ": " + String.join(" ", command) + "\n",
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Payara Micro", e);
        }
        try {
            awaitReady();
        } catch (RuntimeException notReady) {
            stop(); // no process is left behind, holding its ports, when a start fails
            throw notReady;
        }
    }

    private void awaitReady() {
        try {
            Poll.until("ready portal", STARTUP_TIMEOUT, this::isReady);
        } catch (AssertionError notReady) {
            throw new IllegalStateException("The portal under test was not ready within " + STARTUP_TIMEOUT + " (last answer of "
                    + url("/health/ready") + ": " + lastProbe + "); see " + log + "\n" + tail());
        }
    }

    /** Whether {@code /health/ready} answers 200; fails at once when the portal's process has ended. */
    private boolean isReady() {
        if (!process.isAlive()) {
            throw new IllegalStateException("The portal under test stopped during start-up; see " + log + "\n" + tail());
        }
        try {
            HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(url("/health/ready"))).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            lastProbe = ready.statusCode() + " " + ready.body();
            return ready.statusCode() == 200;
        } catch (IOException notListeningYet) {
            lastProbe = notListeningYet.toString();
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private synchronized void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private String tail() {
        String all = log();
        return all.substring(Math.max(0, all.length() - 4000));
    }

    /**
     * On PostgreSQL the shared portal, like on H2, starts on an empty database, so that its first start
     * (first administrator, demo workspace, their passwords in its log) happens in this run's log even
     * when an Arquillian test used the database before. Drops everything the test role owns.
     */
    private static void emptyPostgreSql() {
        if (!TestEnvironment.isPostgreSql()) {
            return;
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(TestEnvironment.databaseUrl(), TestEnvironment.property("it.db.user"),
                TestEnvironment.property("it.db.password")); java.sql.Statement statement = c.createStatement()) {
            statement.execute("drop owned by current_user cascade");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not empty the PostgreSQL test database", e);
        }
    }

    /** Deletes a folder of test data with everything in it (an H2 database between runs). */
    static void deleteDirectory(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
