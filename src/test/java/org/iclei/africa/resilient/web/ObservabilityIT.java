package org.iclei.africa.resilient.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iclei.africa.resilient.support.Http;
import org.iclei.africa.resilient.support.Poll;
import org.iclei.africa.resilient.support.PortalServer;
import org.iclei.africa.resilient.support.RequiresDatabase;
import org.iclei.africa.resilient.support.ToolClient;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: what operators and load balancers read, as Payara Micro serves it. Readiness (the database and its schema)
 * and liveness (this node's mail outbox, with the backlog as data) through MicroProfile Health; the portal's own
 * figures (requests, server errors, sign-ins, active sessions, the outbox) through MicroProfile Metrics at
 * {@code /metrics}, in Prometheus' text format, counting up as the portal is used.
 */
@RequiresDatabase
class ObservabilityIT {

    private final PortalServer portal = PortalServer.get();

    @Test
    void readinessAndLivenessSayWhatTheyCheck() {
        HttpResponse<String> ready = Http.get(portal.url("/health/ready"));
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"database\"") && ready.body().contains("schemaVersion"), ready.body());

        String live = Poll.until("the outbox's first reading in the liveness check", Duration.ofSeconds(30), () -> {
            HttpResponse<String> response = Http.get(portal.url("/health/live"));
            return response.statusCode() == 200 && response.body().contains("pendingMails") ? java.util.Optional.of(response.body())
                    : java.util.Optional.empty();
        });
        assertTrue(live.contains("\"mail-outbox\"") && live.contains("\"UP\""), live);
        assertTrue(live.contains("failedMails") && live.contains("oldestPendingSeconds") && live.contains("node"), live);

        HttpResponse<String> all = Http.get(portal.url("/health"));
        assertEquals(200, all.statusCode());
        assertTrue(all.body().contains("\"database\"") && all.body().contains("\"mail-outbox\""), all.body());
    }

    @Test
    void metricsCountRequestsErrorsSignInsAndSessions() {
        String before = metrics();
        for (String name : new String[] {"portal_requests_total", "portal_errors_total", "portal_sign_ins_total",
                "portal_sign_ins_refused_total", "portal_sessions_active", "portal_outbox_pending", "portal_outbox_failed",
                "portal_outbox_oldest_pending_seconds"}) {
            assertTrue(value(before, name) >= 0, name + " is published:\n" + before);
        }
        for (int i = 0; i < 5; i++) {
            Http.get(portal.url("/about"));
        }
        String member = ToolClient.register(ToolClient.newEmail(), "Metrics Person", "Inhambane " + System.nanoTime(), null);
        ToolClient.signIn(member, ToolClient.PASSWORD);
        ToolClient.signInResponse(portal, member, "not-the-password-" + System.nanoTime());

        String after = metrics();
        assertTrue(value(after, "portal_requests_total") >= value(before, "portal_requests_total") + 6, "requests counted");
        assertTrue(value(after, "portal_sign_ins_total") >= value(before, "portal_sign_ins_total") + 1, "the sign-in counted");
        assertTrue(value(after, "portal_sign_ins_refused_total") >= value(before, "portal_sign_ins_refused_total") + 1,
                "the wrong password counted");
        assertTrue(value(after, "portal_sessions_active") >= 1, "the signed-in session is active");
    }

    private String metrics() {
        HttpResponse<String> response = Http.get(portal.url("/metrics"));
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    /** The value of the metric {@code name} (any labels), or -1 when it is not there. */
    private static double value(String metrics, String name) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})? ([0-9.eE+-]+)").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(2)) : -1;
    }
}
