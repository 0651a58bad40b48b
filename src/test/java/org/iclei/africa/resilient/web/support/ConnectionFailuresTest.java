package org.iclei.africa.resilient.web.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ConnectionFailuresTest {

    @Test
    void aClosedOrRefusedConnectionDeepInTheCausesIsOne() {
        SQLException closed = new SQLException("This connection has been closed.", "08003");
        assertTrue(ConnectionFailures.isConnectionFailure(new RuntimeException("EJBException", new IllegalStateException("EclipseLink", closed))));
        assertTrue(ConnectionFailures.isConnectionFailure(new SQLException("FATAL: terminating connection due to administrator command", "57P01")));
        assertTrue(ConnectionFailures.isConnectionFailure(new RuntimeException(new ConnectException("Connection refused"))));
        assertTrue(ConnectionFailures.isConnectionFailure(new SQLException("Error in allocating a connection. Cause: Connection could not be allocated")));
        SQLException chained = new SQLException("batch failed", "XX000");
        chained.setNextException(new SQLException("I/O error", "08006"));
        assertTrue(ConnectionFailures.isConnectionFailure(chained));
    }

    @Test
    void otherErrorsAreNot() {
        assertFalse(ConnectionFailures.isConnectionFailure(new SQLException("duplicate key value", "23505")));
        assertFalse(ConnectionFailures.isConnectionFailure(new IllegalStateException("a bug")));
        assertFalse(ConnectionFailures.isConnectionFailure(new RuntimeException(new SQLException("syntax error", "42601"))));
        assertFalse(ConnectionFailures.isConnectionFailure(null));
    }

    @Test
    void aCauseLoopEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(ConnectionFailures.isConnectionFailure(a));
    }
}
