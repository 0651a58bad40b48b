/**
 * Start-up and wiring: settings from environment variables, the data source, Flyway migrations at start-up, the
 * first administrator, the delivery of the mail outbox (SMTP or the log; each mail claimed with {@code SKIP LOCKED}, so
 * that the nodes of a cluster share the sending and none sends a mail twice), health checks (readiness: the database;
 * liveness: this node's outbox, {@code MailOutboxCheck}), the portal's metrics ({@code PortalMetrics},
 * {@code SessionCounter}, {@code OutboxStatus}), the security mechanism, the reminder scheduler, the retention purge
 * ({@code RetentionPurge}, hourly) — both run once per cluster, on the node that claims the run ({@code ClusterTasks}) —
 * and the portal's clock ({@code PortalClock}, which also produces a {@code java.time.Clock} for the modules; a file
 * sets it in tests only).
 * The only place that reads the environment. The modules (accounts, content, tool, shared) do not import this package:
 * they declare what they need (e.g. {@code accounts.application.AccountSettings}) and
 * {@link org.iclei.africa.resilient.config.PortalSettings} provides it; only {@code web} beans read the settings directly.
 */
package org.iclei.africa.resilient.config;
