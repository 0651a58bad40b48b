package org.iclei.africa.resilient.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portal's clock: the system clock, or (tests only) the instant written in a file, read at each call. */
class PortalClockTest {

    @Test
    void withoutAFileItIsTheSystemClock() {
        Instant before = Instant.now();
        Instant now = new PortalClock(null).now();
        assertTrue(!now.isBefore(before) && Duration.between(before, now).toSeconds() < 5);
    }

    @Test
    void aTestClockFileIsReadAtEachCall(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("clock");
        PortalClock clock = new PortalClock(file.toString());
        Instant before = Instant.now();
        assertTrue(!clock.now().isBefore(before), "no file yet: the system clock");
        Files.writeString(file, "2027-03-01T23:30:00Z\n");
        assertEquals(Instant.parse("2027-03-01T23:30:00Z"), clock.now());
        assertEquals(LocalDate.of(2027, 3, 1), clock.today());
        assertEquals(Instant.parse("2027-03-01T23:30:00Z"), clock.clock().instant());
        Files.writeString(file, "2027-03-09T00:00:00Z");
        assertEquals(LocalDate.of(2027, 3, 9), clock.today(), "moved by rewriting the file");
    }
}
