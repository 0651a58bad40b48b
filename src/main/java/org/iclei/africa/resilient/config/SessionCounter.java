package org.iclei.africa.resilient.config;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the HTTP sessions created on this node and not yet ended, for {@link PortalMetrics}. Public pages create none.
 * In a cluster the count is approximate: a session created here and ended on another node is not counted down here.
 */
@WebListener
public class SessionCounter implements HttpSessionListener {

    private static final AtomicLong ACTIVE = new AtomicLong();

    static long active() {
        return ACTIVE.get();
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        ACTIVE.incrementAndGet();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        ACTIVE.updateAndGet(n -> Math.max(0, n - 1));
    }
}
