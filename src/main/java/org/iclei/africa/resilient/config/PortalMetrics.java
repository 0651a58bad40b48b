package org.iclei.africa.resilient.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Counted;
import org.eclipse.microprofile.metrics.annotation.Gauge;

/**
 * The portal's own figures for {@code /metrics} (MicroProfile Metrics, application scope, Prometheus format), per node:
 * requests and server errors ({@code web.support.RequestMetricsFilter}), sign-ins and refused sign-ins, the sessions
 * this node holds, and the cluster's mail outbox as this node last read it. The counters are the calls of the methods
 * below, counted by the server's metrics interceptor; on a Jakarta EE server without MicroProfile Metrics the
 * annotations are simply not read and the methods do nothing.
 */
@ApplicationScoped
public class PortalMetrics {

    @Inject
    MailSender sender;

    @Counted(name = "portal_requests", absolute = true, description = "HTTP requests this node answered")
    public void request() {
        // counted by the interceptor
    }

    @Counted(name = "portal_errors", absolute = true, description = "Requests this node answered with a server error (5xx) or that failed")
    public void error() {
        // counted by the interceptor
    }

    @Counted(name = "portal_sign_ins", absolute = true, description = "Sign-ins accepted on this node")
    public void signedIn() {
        // counted by the interceptor
    }

    @Counted(name = "portal_sign_ins_refused", absolute = true, description = "Sign-ins refused on this node (wrong password, locked, unconfirmed)")
    public void signInRefused() {
        // counted by the interceptor
    }

    @Gauge(name = "portal_sessions_active", absolute = true, unit = MetricUnits.NONE, description = "HTTP sessions created on this node and not ended")
    public long sessionsActive() {
        return SessionCounter.active();
    }

    @Gauge(name = "portal_outbox_pending", absolute = true, unit = MetricUnits.NONE, description = "Mails waiting in the outbox (whole cluster)")
    public long outboxPending() {
        return sender.lastReading().map(OutboxStatus.Reading::pending).orElse(0L);
    }

    @Gauge(name = "portal_outbox_failed", absolute = true, unit = MetricUnits.NONE, description = "Mails given up after every attempt (whole cluster)")
    public long outboxFailed() {
        return sender.lastReading().map(OutboxStatus.Reading::failed).orElse(0L);
    }

    @Gauge(name = "portal_outbox_oldest_pending", absolute = true, unit = MetricUnits.SECONDS,
            description = "How long the oldest waiting mail has waited")
    public long outboxOldestPending() {
        return sender.lastReading().map(r -> r.oldestPendingWait().toSeconds()).orElse(0L);
    }
}
