package org.iclei.africa.resilient.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness for {@code /health/live} (MicroProfile Health): this node's mail outbox is alive — it began or finished a
 * run, or a mail, within five intervals (at least five minutes). DOWN means its scheduler died or hangs, which a
 * restart of the node cures. The backlog is reported as data (mails waiting, given up, the oldest wait, as read after
 * the node's last run: the check itself never waits for the database) but does not make the node DOWN: a slow or
 * absent SMTP server is not cured by a restart, and the outbox is the cluster's (the metrics carry the same figures
 * for alerts).
 */
@Liveness
@ApplicationScoped
public class MailOutboxCheck implements HealthCheck {

    @Inject
    MailSender sender;

    @Inject
    PortalSettings settings;

    @Override
    public HealthCheckResponse call() {
        Instant now = Instant.now();
        Duration allowed = Duration.ofSeconds(Math.max(300, 5L * settings.mailIntervalSeconds()));
        HealthCheckResponseBuilder response = HealthCheckResponse.named("mail-outbox").withData("node", settings.nodeName());
        Instant last = sender.lastActivity().orElse(null);
        boolean alive = last == null || Duration.between(last, now).compareTo(allowed) <= 0; // null: still starting
        response.withData("lastActivitySecondsAgo", last == null ? -1 : Duration.between(last, now).toSeconds());
        sender.lastReading().ifPresent(reading -> response.withData("pendingMails", reading.pending())
                .withData("failedMails", reading.failed())
                .withData("oldestPendingSeconds", reading.oldestPendingWait().toSeconds())
                .withData("readSecondsAgo", Duration.between(reading.readAt(), now).toSeconds()));
        return response.status(alive).build();
    }
}
