/**
 * Start-up and wiring: settings from environment variables, the data source, Flyway migrations at start-up, the
 * first administrator, the delivery of the mail outbox (SMTP or the log), health checks, the security mechanism, the
 * reminder scheduler, the retention purge ({@code RetentionPurge}, hourly) and the portal's clock ({@code PortalClock}, which also produces a {@code java.time.Clock} for the modules;
 * a file sets it in tests only).
 * The only place that reads the environment. The modules (accounts, content, tool, shared) do not import this package:
 * they declare what they need (e.g. {@code accounts.application.AccountSettings}) and
 * {@link org.iclei.africa.resilient.config.PortalSettings} provides it; only {@code web} beans read the settings directly.
 */
package org.iclei.africa.resilient.config;
