package org.iclei.africa.resilient.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Declares the portal's one data source, {@value #JNDI_NAME}, pooled by the application server.
 * Which database it reaches is decided at run time by {@link PortalDataSource}.
 */
@DataSourceDefinition(
        name = DataSourceConfig.JNDI_NAME,
        className = "org.iclei.africa.resilient.config.PortalDataSource",
        minPoolSize = 2,
        maxPoolSize = 32,
        initialPoolSize = 2,
        maxIdleTime = 300,
        transactional = true)
@ApplicationScoped
public class DataSourceConfig {

    public static final String JNDI_NAME = "java:app/jdbc/portal";
}
