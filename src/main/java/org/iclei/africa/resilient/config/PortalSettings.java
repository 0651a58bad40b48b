package org.iclei.africa.resilient.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.iclei.africa.resilient.accounts.application.AccountSettings;
import org.iclei.africa.resilient.shared.mail.MailLimitSettings;
import org.iclei.africa.resilient.tool.application.QuotaSettings;
import org.iclei.africa.resilient.tool.domain.Quota;

/**
 * Every setting of the portal, read from environment variables ({@code PORTAL_DB_URL}) or, first,
 * from the system property of the same name in lower case with dots ({@code portal.db.url}).
 * This is the only class that reads the environment; the README lists every variable with its default.
 */
@ApplicationScoped
public class PortalSettings implements AccountSettings, MailLimitSettings, QuotaSettings {

    /** Where the embedded database and uploaded files live when nothing else is said. */
    static final String DEFAULT_DATA_DIR = "data";

    private final UnaryOperator<String> source;

    public PortalSettings() {
        this(PortalSettings::fromSystem);
    }

    /** For tests: settings from the given lookup of variable names ({@code PORTAL_DB_URL}). */
    public PortalSettings(UnaryOperator<String> source) {
        this.source = source;
    }

    private static String fromSystem(String variable) {
        String property = System.getProperty(variable.toLowerCase(Locale.ROOT).replace('_', '.'));
        return property != null ? property : System.getenv(variable);
    }

    /** The value of a variable, empty when unset or blank. */
    public Optional<String> get(String variable) {
        String value = source.apply(variable);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public Path dataDirectory() {
        return Path.of(get("PORTAL_DATA_DIR").orElse(DEFAULT_DATA_DIR)).toAbsolutePath().normalize();
    }

    /** The JDBC URL: {@code PORTAL_DB_URL}, or an H2 database file in the data directory. */
    public String databaseUrl() {
        return get("PORTAL_DB_URL").orElseGet(() -> "jdbc:h2:file:"
                + dataDirectory().resolve("portal").toString().replace('\\', '/')
                + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000");
    }

    public boolean isPostgreSql() {
        return databaseUrl().startsWith("jdbc:postgresql:");
    }

    public Optional<String> databaseUser() {
        return get("PORTAL_DB_USER");
    }

    public Optional<String> databasePassword() {
        return get("PORTAL_DB_PASSWORD");
    }

    /** The address of the portal as users reach it, for links in e-mails; never ends with a slash. */
    @Override
    public String baseUrl() {
        String url = get("PORTAL_BASE_URL").orElse("http://localhost:8080");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public Optional<String> smtpHost() {
        return get("PORTAL_SMTP_HOST");
    }

    public int smtpPort() {
        return intValue("PORTAL_SMTP_PORT", 25);
    }

    public Optional<String> smtpUser() {
        return get("PORTAL_SMTP_USER");
    }

    public Optional<String> smtpPassword() {
        return get("PORTAL_SMTP_PASSWORD");
    }

    public String mailFrom() {
        return get("PORTAL_MAIL_FROM").orElse("Resilient Africa <no-reply@localhost>");
    }

    public String adminEmail() {
        return get("PORTAL_ADMIN_EMAIL").orElse("admin@localhost").toLowerCase(Locale.ROOT);
    }

    /**
     * The name of this node in logs and in {@code cluster_task} ({@code PORTAL_NODE_NAME}; default the host's name and
     * the process id, which tells apart two nodes on one machine).
     */
    public String nodeName() {
        String name = nodeName;
        if (name == null) {
            name = nodeName = findNodeName(); // once: the host name may need a DNS lookup
        }
        return name;
    }

    private volatile String nodeName;

    private String findNodeName() {
        return get("PORTAL_NODE_NAME").orElseGet(() -> {
            String host;
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                host = "localhost";
            }
            return host + "-" + ProcessHandle.current().pid();
        });
    }

    public Optional<String> adminPassword() {
        return get("PORTAL_ADMIN_PASSWORD");
    }

    /** The length of the free trial ({@code PORTAL_TRIAL_DAYS}, default 7). */
    @Override
    public java.time.Duration trialLength() {
        return java.time.Duration.ofDays(intValue("PORTAL_TRIAL_DAYS", 7));
    }

    /** How often the outbox is checked for mail to send ({@code PORTAL_MAIL_INTERVAL_SECONDS}, default 15). */
    public int mailIntervalSeconds() {
        return Math.max(1, intValue("PORTAL_MAIL_INTERVAL_SECONDS", 15));
    }

    /** How often the reminders (trial end, review date, weekly digest) are checked ({@code PORTAL_REMINDER_INTERVAL_SECONDS}, default 3600). */
    public int reminderIntervalSeconds() {
        return Math.max(1, intValue("PORTAL_REMINDER_INTERVAL_SECONDS", 3600));
    }

    /** The wait before the first retry of a failed mail, doubled at each attempt ({@code PORTAL_MAIL_RETRY_SECONDS}, default 30). */
    public java.time.Duration mailRetryBase() {
        return java.time.Duration.ofSeconds(Math.max(1, intValue("PORTAL_MAIL_RETRY_SECONDS", 30)));
    }

    /**
     * Whether the portal sits behind a reverse proxy whose {@code X-Forwarded-For} header names the
     * visitor's address ({@code PORTAL_TRUST_PROXY}, default false: never trust the header).
     */
    public boolean trustProxy() {
        return get("PORTAL_TRUST_PROXY").map(Boolean::parseBoolean).orElse(false);
    }

    /**
     * How many trusted reverse proxies stand in front of the portal ({@code PORTAL_TRUSTED_PROXIES}, default 1): the
     * client is the entry of {@code X-Forwarded-For} that many places from the right. Used only with {@link #trustProxy()}.
     */
    public int trustedProxies() {
        return Math.max(1, intValue("PORTAL_TRUSTED_PROXIES", 1));
    }

    @Override
    public int mailsPerAddressHour() {
        return Math.max(1, intValue("PORTAL_MAIL_LIMIT_PER_ADDRESS_HOUR", 3));
    }

    @Override
    public int mailsPerClientHour() {
        return Math.max(1, intValue("PORTAL_MAIL_LIMIT_PER_CLIENT_HOUR", 10));
    }

    /** What a workspace may keep at most ({@code PORTAL_QUOTA_WORKSHEET_ROWS}, … — see {@link Quota} for each and its default). */
    @Override
    public int quota(Quota quota) {
        return Math.max(1, intValue(quota.variable(), quota.fallback()));
    }

    /** Whether demonstration content goes into an empty database ({@code PORTAL_DEMO}, default true). */
    public boolean demoContent() {
        return !get("PORTAL_DEMO").map(value -> value.equalsIgnoreCase("false") || value.equals("0") || value.equalsIgnoreCase("no"))
                .orElse(false);
    }

    /** Whether users reach the portal over https ({@code PORTAL_BASE_URL}): the session cookie is then Secure, and HSTS is sent. */
    public boolean secureTransport() {
        return baseUrl().toLowerCase(Locale.ROOT).startsWith("https://");
    }

    /**
     * Whether a mail written to the log (no {@code PORTAL_SMTP_HOST}) keeps its working links ({@code PORTAL_MAIL_LOG_LINKS},
     * default false: their secrets are masked). For a developer's own machine only; {@code mvn -Prun} sets it.
     */
    public boolean mailLogLinks() {
        return get("PORTAL_MAIL_LOG_LINKS").map(Boolean::parseBoolean).orElse(false);
    }

    /**
     * Whether rendered public pages are kept in memory for visitors who are not signed in ({@code PORTAL_PAGE_CACHE},
     * default true; see {@code web.support.PublicPageCache}).
     */
    public boolean pageCache() {
        return get("PORTAL_PAGE_CACHE").map(value -> !value.equalsIgnoreCase("false") && !value.equals("0") && !value.equalsIgnoreCase("no"))
                .orElse(true);
    }

    /** How long login failures, used or expired links and sent mail are kept ({@code PORTAL_RETENTION_DAYS}, default 30). */
    public java.time.Duration retention() {
        return java.time.Duration.ofDays(Math.max(1, intValue("PORTAL_RETENTION_DAYS", 30)));
    }

    private int intValue(String variable, int fallback) {
        Optional<String> value = get(variable);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.get());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(variable + " must be a whole number, not '" + value.get() + "'", e);
        }
    }
}
