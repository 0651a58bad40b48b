package org.iclei.africa.resilient.web.support;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Tells a failure to reach the database (stopped, restarting, a connection it closed) from every other error,
 * by looking through the causes of an exception: SQL states of class {@code 08} (connection exception) and
 * {@code 57P} (PostgreSQL shutting down or starting), the JDBC connection exception types, a refused socket, and
 * the pool's "could not allocate a connection".
 */
public final class ConnectionFailures {

    private ConnectionFailures() {
    }

    public static boolean isConnectionFailure(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (matches(t)) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException next = sql.getNextException(); next != null && seen.put(next, Boolean.TRUE) == null;
                        next = next.getNextException()) {
                    if (matches(next)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean matches(Throwable t) {
        if (t instanceof ConnectException || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                return true;
            }
            String message = String.valueOf(sql.getMessage());
            return message.contains("Error in allocating a connection") || message.contains("connection has been closed");
        }
        return false;
    }
}
