package org.iclei.africa.resilient.config;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.iclei.africa.resilient.tool.application.Reminders;
import org.iclei.africa.resilient.tool.domain.ReminderKind;

/**
 * Checks the reminders every {@code PORTAL_REMINDER_INTERVAL_SECONDS}, by the {@link PortalClock}: each workspace's
 * reminder of each kind in a transaction of its own, so that one failure (or another node having sent it first) does
 * not stop the rest. Runs on the managed scheduler, like {@link MailSender}; in a cluster only the node that claims
 * the run ({@link ClusterTasks}) checks, and the unique key of {@code reminder_sent} stays the last guard.
 */
@ApplicationScoped
public class ReminderScheduler {

    private static final Logger LOG = Logger.getLogger(ReminderScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Reminders reminders;

    @Inject
    PortalClock clock;

    @Inject
    PortalSettings settings;

    @Inject
    ClusterTasks tasks;

    private ScheduledFuture<?> task;

    public synchronized void start() {
        if (task == null) {
            int interval = settings.reminderIntervalSeconds();
            task = scheduler.scheduleWithFixedDelay(this::checkAll, interval, interval, TimeUnit.SECONDS);
            LOG.info(() -> "Reminders checked every " + interval + " s");
        }
    }

    void checkAll() {
        try {
            Instant now = clock.now();
            if (!tasks.claim("reminders", java.time.Duration.ofSeconds(settings.reminderIntervalSeconds()), now)) {
                return; // another node of the cluster has this run
            }
            LOG.info(() -> "Reminders checked by node " + settings.nodeName());
            for (Long workspace : reminders.workspaceIds()) {
                for (ReminderKind kind : ReminderKind.values()) {
                    check(workspace, kind, now);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reminder run failed; it is tried again at the next run", e);
        }
    }

    private void check(long workspace, ReminderKind kind, Instant now) {
        try {
            reminders.send(workspace, kind, now);
        } catch (EJBException e) {
            // most often another node recorded the same reminder first (unique key): this node's mails were rolled back
            LOG.log(Level.INFO, "Reminder " + kind + " of workspace " + workspace + " not sent by this node: " + e.getMessage());
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
