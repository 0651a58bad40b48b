package org.iclei.africa.resilient.config;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks the outbox every {@code PORTAL_MAIL_INTERVAL_SECONDS} and hands due mails to {@link MailDelivery}.
 * Runs on the server's managed scheduler (EJB timers need a cluster store that a single Payara Micro node lacks).
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    MailDelivery delivery;

    @Inject
    PortalSettings settings;

    private ScheduledFuture<?> task;

    /**
     * When this node's outbox last showed life: started, began a run, finished a mail or a run (the liveness check,
     * {@link MailOutboxCheck}, reads it; one mail takes at most about 50 s of SMTP time-outs).
     */
    private volatile Instant lastActivity;

    /** The outbox as this node read it after its last run (null before): health and metrics never query for it. */
    private volatile OutboxStatus.Reading lastReading;

    @Inject
    OutboxStatus status;

    public synchronized void start() {
        if (task == null) {
            lastActivity = Instant.now();
            int interval = settings.mailIntervalSeconds();
            task = scheduler.scheduleWithFixedDelay(this::sendDue, interval, interval, TimeUnit.SECONDS);
            LOG.info(() -> "Mail outbox checked every " + interval + " s; "
                    + settings.smtpHost().map(host -> "SMTP server " + host + ":" + settings.smtpPort()).orElse("no SMTP server: mails go to the log"));
        }
    }

    void sendDue() {
        lastActivity = Instant.now();
        try {
            for (Long id : delivery.dueMailIds(Instant.now())) {
                delivery.deliver(id);
                lastActivity = Instant.now();
            }
            lastReading = status.read(Instant.now());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail outbox run failed; it is tried again at the next run", e);
        } finally {
            lastActivity = Instant.now();
        }
    }

    /** The outbox (the cluster's) as read after this node's last run, or empty before the first. */
    public java.util.Optional<OutboxStatus.Reading> lastReading() {
        return java.util.Optional.ofNullable(lastReading);
    }

    /** When this node's outbox last showed life (started, a run, a mail), or empty before it is started. */
    public java.util.Optional<Instant> lastActivity() {
        return java.util.Optional.ofNullable(lastActivity);
    }

    @PreDestroy
    synchronized void stop() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }
}
