package org.iclei.africa.resilient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.iclei.africa.resilient.support.PortalServer;
import org.iclei.africa.resilient.support.RequiresDatabase;
import org.iclei.africa.resilient.support.TestEnvironment;
import org.junit.jupiter.api.Test;

/** The shared portal as IT deploys it: root context, health for the load balancer, data that outlives a restart. */
@RequiresDatabase
class PortalLifecycleIT {

    private final PortalServer portal = PortalServer.get();
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(portal.url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthReportsTheDatabaseUp() throws Exception {
        HttpResponse<String> health = get("/health");
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"name\":\"database\",\"status\":\"UP\""), health.body());
        assertEquals(TestEnvironment.isPostgreSql() ? "PostgreSQL" : "H2",
                health.body().replaceAll("(?s).*\"product\":\"([^\"]+)\".*", "$1"));
    }

    @Test
    void theHomePageIsAtTheRootAndIndexRedirectsThere() throws Exception {
        assertEquals(200, get("/").statusCode());
        HttpResponse<String> index = get("/index");
        assertEquals(301, index.statusCode());
        URI location = URI.create(portal.url("/index")).resolve(index.headers().firstValue("Location").orElseThrow());
        assertEquals(URI.create(portal.url("/")), location);
    }

    @Test
    void dataWrittenBeforeARestartIsThereAfterIt() throws Exception {
        if (!TestEnvironment.isPostgreSql()) {
            assertTrue(portal.log().contains("First administrator created"), "the first start on an empty H2 file creates the administrator");
        }
        String secondStart = portal.restart();
        assertTrue(secondStart.contains("Database schema at version"), secondStart);
        assertTrue(secondStart.contains("(0 migration(s) applied now)"), "the schema was kept");
        assertFalse(secondStart.contains("First administrator created"), "the administrator was kept");
        assertEquals(200, get("/").statusCode());
    }
}
