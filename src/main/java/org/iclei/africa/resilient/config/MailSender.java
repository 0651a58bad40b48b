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

    public synchronized void start() {
        if (task == null) {
            int interval = settings.mailIntervalSeconds();
            task = scheduler.scheduleWithFixedDelay(this::sendDue, interval, interval, TimeUnit.SECONDS);
            LOG.info(() -> "Mail outbox checked every " + interval + " s; "
                    + settings.smtpHost().map(host -> "SMTP server " + host + ":" + settings.smtpPort()).orElse("no SMTP server: mails go to the log"));
        }
    }

    void sendDue() {
        try {
            for (Long id : delivery.dueMailIds(Instant.now())) {
                delivery.deliver(id);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail outbox run failed; it is tried again at the next run", e);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }
}
