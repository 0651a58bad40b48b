package org.iclei.africa.resilient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iclei.africa.resilient.support.Http;
import org.iclei.africa.resilient.support.MailServer;
import org.iclei.africa.resilient.support.Poll;
import org.iclei.africa.resilient.support.PortalServer;
import org.iclei.africa.resilient.support.RequiresDatabase;
import org.iclei.africa.resilient.support.TestEnvironment;
import org.iclei.africa.resilient.support.ToolClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 15: two Payara Micro nodes on loopback form one cluster (their Domain Data Grid, Hazelcast, found by TCP on
 * 127.0.0.1, no multicast) on the test database, PostgreSQL; sessions are distributable. A member signed in through
 * node A goes on through node B with the same cookie, even posting a form of a page node A rendered; a change saved on
 * one node is read on the other at once; both nodes send the outbox and each mail goes out exactly once; stopping
 * node A signs nobody out. Runs only on PostgreSQL ({@code -Ppostgres}, as in CI); on H2 it is skipped with a message.
 * Its nodes log to {@code target/cluster-a.log} and {@code target/cluster-b.log}.
 */
@RequiresDatabase
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    static final String RISKS = "/tool/steps/impacts-and-risks";
    static final Duration WAIT = Duration.ofSeconds(60);

    private static PortalServer a;
    private static PortalServer b;
    /** The member's browser: it keeps the cookies the nodes set, whichever node it talks to, as behind a load balancer. */
    private static final CookieJar member = new CookieJar();

    @BeforeAll
    static void startTwoNodes() {
        TestEnvironment.assumePostgreSql("ClusterIT", "needs two nodes on one database");
        String members = "127.0.0.1:15701,127.0.0.1:15711";
        String cluster = "portal-it-" + System.nanoTime();
        a = PortalServer.clusterNode("cluster-a", 18201, 15701, members, cluster);
        b = PortalServer.clusterNode("cluster-b", 18202, 15711, members, cluster);
        Poll.until("the two nodes in one data grid", WAIT, () -> gridSize(b) == 2 && gridSize(a) == 2);
        report("nodes A (" + a.url() + ") and B (" + b.url() + ") formed one data grid of " + gridSize(a) + " members");
    }

    @AfterAll
    static void stopNodes() {
        for (PortalServer node : new PortalServer[] {a, b}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @Test
    @Order(1)
    void aMemberSignedInThroughNodeAGoesOnThroughNodeB() {
        String email = ToolClient.register(a, ToolClient.newEmail(), "Amina Cluster", "Pemba " + System.nanoTime(), null, "en");
        assertEquals(302, member.post(a, "/login", ToolClient.signInForm(email, ToolClient.PASSWORD)).statusCode(), "signed in through node A");

        HttpResponse<String> onB = member.get(b, "/tool/steps/getting-started");
        assertEquals(200, onB.statusCode(), "node B knows the member signed in on node A: " + onB.headers().firstValue("Location"));
        assertEquals(200, member.get(b, "/account").statusCode(), "a protected page on node B, no sign-in asked");

        String formFromA = member.get(a, RISKS).body();
        String hazard = "Cyclone surge " + System.nanoTime();
        assertEquals(302, member.postFrom(b, RISKS, formFromA, risk(hazard)).statusCode(), "a form node A rendered is saved through node B");
        assertTrue(member.get(a, RISKS).body().contains(hazard), "and node A shows it at once");
        report("signed in on A; a page and a form of A's on B: 200 and saved; read back on A at once");
    }

    @Test
    @Order(2)
    void aChangeSavedOnOneNodeIsReadOnTheOtherAtOnce() {
        for (int i = 0; i < 4; i++) {
            PortalServer writer = i % 2 == 0 ? a : b;
            PortalServer reader = writer == a ? b : a;
            String hazard = "Flash flood " + i + " " + System.nanoTime();
            assertEquals(302, member.postFrom(writer, RISKS, member.get(writer, RISKS).body(), risk(hazard)).statusCode());
            assertTrue(member.get(reader, RISKS).body().contains(hazard), "written on one node, read on the other at once");
        }
        report("four risks written on A, B, A, B: each read at once on the other node");
    }

    @Test
    @Order(3)
    void theOutboxSendsEachMailExactlyOnceWhileBothNodesRun() throws Exception {
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String email = "cluster." + i + "." + System.nanoTime() + "@example.org";
            addresses.add(email);
            HttpResponse<String> sent = ToolClient.postRegistration(i % 2 == 0 ? a : b, email, "Cluster Person " + i,
                    "Quelimane " + System.nanoTime(), null, "en", "198.18.1." + i);
            assertTrue(sent.body().contains("register-sent"), sent.body());
        }
        for (String email : addresses) {
            MailServer.await(email, "Confirm", WAIT);
        }
        Thread.sleep(5000); // several more runs of both outboxes
        for (String email : addresses) {
            assertEquals(1, MailServer.count(email, "Confirm"), "one confirmation mail to " + email);
        }
        // who sent them is reported, not asserted: the shared portal of the other tests may run on the same database,
        // a third node whose outbox takes its share
        long byA = count(a, "sent by node cluster-a");
        long byB = count(b, "sent by node cluster-b");
        assertTrue(byA + byB > 0, "the cluster's nodes send from the one outbox");
        report(addresses.size() + " registrations through A and B: " + addresses.size() + " mails received, each once; sent by A: "
                + byA + ", by B: " + byB + " (with the first member's confirmation; any others by the tests' shared portal)");
    }

    @Test
    @Order(4)
    void stoppingNodeASignsNobodyOut() {
        member.get(a, "/tool/steps/getting-started"); // the member's last request went to node A
        a.close();
        a = null;
        HttpResponse<String> risks = member.get(b, RISKS);
        assertEquals(200, risks.statusCode(), "still signed in on node B");
        assertTrue(risks.body().contains("Cyclone surge"), "with the work saved before");
        String hazard = "Drought " + System.nanoTime();
        assertEquals(302, member.postFrom(b, RISKS, risks.body(), risk(hazard)).statusCode());
        assertTrue(member.get(b, RISKS).body().contains(hazard), "and saving more");
        report("node A stopped: the session goes on on B (tool pages 200, a risk saved)");
        assertFalse(b.log().contains("NotSerializableException"), "every session attribute could be replicated");
    }

    /**
     * Cookies as a browser keeps them for the site, across both nodes: the session cookie and Payara's
     * {@code JSESSIONIDVERSION}, which says which version of a replicated session the browser last saw.
     */
    static final class CookieJar {
        private final Map<String, String> cookies = new LinkedHashMap<>();

        HttpResponse<String> get(PortalServer node, String path) {
            return keep(cookies.isEmpty() ? Http.get(node.url(path)) : Http.get(node.url(path), "Cookie", header()));
        }

        HttpResponse<String> post(PortalServer node, String path, Map<String, String> form) {
            return keep(cookies.isEmpty() ? Http.postForm(node.url(path), form) : Http.postForm(node.url(path), form, "Cookie", header()));
        }

        /** Posts a form shown on {@code page}, with that page's view state. */
        HttpResponse<String> postFrom(PortalServer node, String path, String page, Map<String, String> fields) {
            Map<String, String> form = new LinkedHashMap<>(fields);
            form.put("jakarta.faces.ViewState", ToolClient.viewState(page));
            return post(node, path, form);
        }

        private String header() {
            return String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
        }

        private HttpResponse<String> keep(HttpResponse<String> response) {
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                String pair = cookie.split(";", 2)[0];
                int equals = pair.indexOf('=');
                cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
            }
            return response;
        }
    }

    private static Map<String, String> risk(String hazard) {
        return ToolClient.riskForm(hazard, "WATER", "The harbour road floods at every spring tide.", 4, 5);
    }

    /** The size of the data grid as the node last logged it (Payara's "DG Size: N"). */
    private static int gridSize(PortalServer node) {
        Matcher m = Pattern.compile("DG Size: (\\d+)").matcher(node.log());
        int size = 0;
        while (m.find()) {
            size = Integer.parseInt(m.group(1));
        }
        return size;
    }

    /** How often {@code text} is in the node's log since its last start (the log file keeps earlier runs). */
    private static long count(PortalServer node, String text) {
        String log = node.log();
        return Pattern.compile(Pattern.quote(text)).matcher(log.substring(Math.max(0, log.lastIndexOf("==== start")))).results().count();
    }

    private static void report(String line) {
        System.out.println("[cluster] " + line);
    }
}
