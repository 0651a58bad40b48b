package org.iclei.africa.resilient.config;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness for {@code /health/ready} (MicroProfile Health): the database answers and its schema
 * has been migrated. A load balancer sends no users to a node that reports DOWN.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "select \"version\" from \"flyway_schema_history\" where \"success\" = true"
                        + " and \"version\" is not null order by \"installed_rank\" desc fetch first 1 rows only")) {
            String schemaVersion = rs.next() ? rs.getString(1) : null;
            return response.status(schemaVersion != null)
                    .withData("product", connection.getMetaData().getDatabaseProductName())
                    .withData("schemaVersion", String.valueOf(schemaVersion))
                    .build();
        } catch (SQLException e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
