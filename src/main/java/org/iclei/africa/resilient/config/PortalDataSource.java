package org.iclei.africa.resilient.config;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The data source class named by {@link DataSourceConfig}: the application server pools its
 * connections; this class only decides, from {@link PortalSettings}, which database they go to —
 * H2 in a file by default, PostgreSQL when {@code PORTAL_DB_URL} is a {@code jdbc:postgresql:} URL.
 * <p>
 * Reading the environment here, instead of in server-specific placeholders, keeps the WAR deployable
 * unchanged on any Jakarta EE 10 server.
 */
public class PortalDataSource implements DataSource {

    private final DataSource target;

    public PortalDataSource() {
        this(new PortalSettings());
    }

    PortalDataSource(PortalSettings settings) {
        this.target = settings.isPostgreSql() ? postgreSql(settings) : h2(settings);
    }

    private static DataSource h2(PortalSettings settings) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(settings.databaseUrl());
        h2.setUser(settings.databaseUser().orElse("portal"));
        h2.setPassword(settings.databasePassword().orElse(""));
        return h2;
    }

    private static DataSource postgreSql(PortalSettings settings) {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(settings.databaseUrl());
        settings.databaseUser().ifPresent(pg::setUser);
        settings.databasePassword().ifPresent(pg::setPassword);
        pg.setApplicationName("resilient-africa");
        return pg;
    }

    DataSource target() {
        return target;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target.getConnection();
    }

    /** The server may pass the pool's user and password; the portal's own settings win. */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return target.getConnection();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return iface.isInstance(this) ? iface.cast(this) : target.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || target.isWrapperFor(iface);
    }
}
