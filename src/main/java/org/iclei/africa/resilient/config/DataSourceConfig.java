package org.iclei.africa.resilient.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Declares the portal's one data source, {@value #JNDI_NAME}, pooled by the application server.
 * Which database it reaches is decided at run time by {@link PortalDataSource}.
 * <p>
 * The pool survives a database restart: Payara checks each connection before handing it out
 * ({@code Connection.isValid}, which H2 and PostgreSQL both answer) and, when one is found broken, drops every
 * pooled connection at once ({@code fail-all-connections}), so the next request opens fresh ones as soon as the
 * database is back. Other servers ignore the {@code fish.payara.*} properties.
 */
@DataSourceDefinition(
        name = DataSourceConfig.JNDI_NAME,
        className = "org.iclei.africa.resilient.config.PortalDataSource",
        minPoolSize = 2,
        maxPoolSize = 32,
        initialPoolSize = 2,
        maxIdleTime = 300,
        transactional = true,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class DataSourceConfig {

    public static final String JNDI_NAME = "java:app/jdbc/portal";
}
