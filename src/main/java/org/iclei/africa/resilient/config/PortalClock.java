package org.iclei.africa.resilient.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The portal's clock for code that must be testable across days (the reminders): the system clock, in UTC.
 * <p>
 * <b>Tests only:</b> when the system property {@code portal.test.clock.file} names a file, every call reads the
 * ISO instant in it ({@code 2027-03-01T08:00:00Z}), so a black-box test moves the time by writing the file. It is a
 * system property only (no environment variable, no HTTP endpoint), never set in production; while the file is
 * missing or unreadable the system clock answers. Other code keeps its own {@code Instant.now()}.
 */
@ApplicationScoped
public class PortalClock {

    /** The test-only system property naming the file that holds the current instant. */
    public static final String TEST_CLOCK_FILE = "portal.test.clock.file";

    private static final Logger LOG = Logger.getLogger(PortalClock.class.getName());

    private final Path file;

    public PortalClock() {
        this(System.getProperty(TEST_CLOCK_FILE));
    }

    /** For tests: a clock read from {@code file} (null or blank: the system clock). */
    public PortalClock(String file) {
        this.file = file == null || file.isBlank() ? null : Path.of(file);
    }

    public Instant now() {
        if (file == null) {
            return Instant.now();
        }
        try {
            return Instant.parse(Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (IOException | DateTimeParseException e) {
            LOG.log(Level.FINE, "No instant in the test clock file; the system clock answers", e);
            return Instant.now();
        }
    }

    /** Today's date in UTC. */
    public LocalDate today() {
        return LocalDate.ofInstant(now(), ZoneOffset.UTC);
    }

    /** This clock as a {@link Clock} (UTC) for the modules, which do not import {@code config}. */
    @Produces
    public Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.fixed(instant(), zone);
            }

            @Override
            public Instant instant() {
                return now();
            }
        };
    }
}
