package org.iclei.africa.resilient.config;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the {@link RetentionPurge} a minute after start-up, then every hour, on the managed scheduler (like
 * {@link MailSender}); in a cluster only the node that claims the run ({@link ClusterTasks}) purges.
 */
@ApplicationScoped
public class RetentionScheduler {

    private static final Logger LOG = Logger.getLogger(RetentionScheduler.class.getName());
    static final long INTERVAL_MINUTES = 60;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    RetentionPurge purge;

    @Inject
    PortalClock clock;

    @Inject
    ClusterTasks tasks;

    @Inject
    PortalSettings settings;

    private ScheduledFuture<?> task;

    public synchronized void start() {
        if (task == null) {
            task = scheduler.scheduleWithFixedDelay(this::run, 1, INTERVAL_MINUTES, TimeUnit.MINUTES);
        }
    }

    void run() {
        try {
            java.time.Instant now = clock.now();
            if (tasks.claim("retention", java.time.Duration.ofMinutes(INTERVAL_MINUTES), now)) {
                purge.purge(now);
                LOG.info(() -> "Retention purge run by node " + settings.nodeName());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Retention purge failed; it is tried again at the next run", e);
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
