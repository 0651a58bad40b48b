/**
 * Start-up and wiring: settings from environment variables, the data source, Flyway migrations at start-up, the first administrator, health checks. The only place that reads the environment.
 */
package org.iclei.africa.resilient.config;
