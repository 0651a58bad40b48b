package org.iclei.africa.resilient.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.iclei.africa.resilient.support.Http;
import org.iclei.africa.resilient.support.PortalServer;
import org.iclei.africa.resilient.support.RequiresDatabase;
import org.iclei.africa.resilient.support.TestEnvironment;
import org.iclei.africa.resilient.support.ToolClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The portal's access matrix over HTTP: every view in the WAR (found from the WAR, so a new page is covered without
 * editing this test) and every servlet that serves a member's data, by GET, as each kind of visitor — anonymous, the
 * session left by a wrong password, an account that never confirmed its address, a colleague still waiting for a lead,
 * the lead of a workspace, the lead of another municipality, and an administrator. Public pages open for everyone;
 * member pages never answer 200 to those who are not signed in (they are sent to sign in), and never show one
 * workspace's rows to another; back-office pages open for administrators only. No page answers 500.
 */
@RequiresDatabase
class AccessMatrixIT {

    /** Pages of the account zone that visitors use without signing in (links from mails, forms to get a link). */
    private static final List<String> ACCOUNT_PUBLIC = List.of("/account/confirm", "/account/email", "/account/forgot",
            "/account/reset", "/account/resend");
    /** Servlets that serve a member's data (ids that do not exist: a member gets 404, never someone else's file). */
    private static final List<String> MEMBER_SERVLETS = List.of("/tool/report.pdf", "/tool/export/risks.csv", "/tool/export/plan.zip",
            "/account/my-data.json", "/tool/evidence/999999999/x.pdf");

    static final Map<String, String> sessions = new LinkedHashMap<>();
    static String marker;
    static List<String> views;

    @BeforeAll
    static void everyKindOfVisitor() throws IOException {
        views = views();
        long n = System.nanoTime();
        String municipality = "Massinga " + n;
        String leadEmail = ToolClient.register(ToolClient.newEmail(), "Lead of " + municipality, municipality, null);
        String lead = ToolClient.signIn(leadEmail, ToolClient.PASSWORD);
        marker = "Marker" + n;
        ToolClient.addRisk(lead, marker, "WATER", 4, 4);
        sessions.put("anonymous", null);
        HttpResponse<String> wrong = ToolClient.signInResponse(PortalServer.get(), leadEmail, "not-the-password-1");
        sessions.put("after a wrong password", wrong.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.split(";")[0]).findFirst().orElse(null));
        String unconfirmed = ToolClient.newEmail();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("register", "register");
        form.put("fullName", "Never confirmed");
        form.put("email", unconfirmed);
        form.put("jobTitle", "Planner");
        form.put("municipality", municipality);
        form.put("country", "MZ");
        form.put("password", ToolClient.PASSWORD);
        form.put("passwordConfirm", ToolClient.PASSWORD);
        form.put("language", "en");
        form.put("consent", "on");
        form.put("create", "x");
        form.put("jakarta.faces.ViewState", "stateless");
        Http.postForm(PortalServer.get().url("/register"), form, "X-Forwarded-For", "198.18.0.1");
        HttpResponse<String> refused = ToolClient.signInResponse(PortalServer.get(), unconfirmed, ToolClient.PASSWORD);
        sessions.put("unconfirmed", refused.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.split(";")[0]).findFirst().orElse(null));
        sessions.put("waiting colleague", ToolClient.signIn(
                ToolClient.register(ToolClient.newEmail(), "Waiting " + n, municipality, null), ToolClient.PASSWORD));
        sessions.put("lead", lead);
        sessions.put("another municipality's lead", ToolClient.member("Vilankulo " + n));
        sessions.put("administrator", ToolClient.signIn("admin@localhost", ToolClient.loggedPassword("admin@localhost")));
    }

    /** The extensionless URL of every view of the WAR (index.xhtml is /, admin/index.xhtml is /admin/). */
    static List<String> views() throws IOException {
        String war = TestEnvironment.property("portal.war").isEmpty() ? "target/portal.war" : TestEnvironment.property("portal.war");
        List<String> found = new ArrayList<>();
        try (ZipFile zip = new ZipFile(Path.of(war).toFile())) {
            Collections.list(zip.entries()).stream().map(e -> e.getName())
                    .filter(name -> name.endsWith(".xhtml") && !name.startsWith("WEB-INF/") && !name.startsWith("resources/"))
                    .map(name -> "/" + name.substring(0, name.length() - ".xhtml".length()))
                    .map(path -> path.equals("/index") ? "/" : path.equals("/admin/index") ? "/admin/" : path)
                    .sorted().forEach(found::add);
        }
        assertTrue(found.size() >= 40, "views in " + war + ": " + found);
        return found;
    }

    private static boolean memberZone(String path) {
        return (path.startsWith("/tool/") || path.equals("/account") || path.startsWith("/account/")) && !ACCOUNT_PUBLIC.contains(path);
    }

    private static boolean signedIn(String kind) {
        return List.of("waiting colleague", "lead", "another municipality's lead", "administrator").contains(kind);
    }

    @Test
    void everyViewAndDataServletAnswersEachKindOfVisitorAsItShould() {
        List<String> unexpected = new ArrayList<>();
        List<String> urls = new ArrayList<>(views);
        urls.addAll(MEMBER_SERVLETS);
        int checked = 0;
        for (Map.Entry<String, String> kind : sessions.entrySet()) {
            for (String path : urls) {
                HttpResponse<String> response = ToolClient.get(kind.getValue(), path);
                int status = response.statusCode();
                String body = response.body();
                String location = response.headers().firstValue("Location").orElse("");
                String at = kind.getKey() + " GET " + path + " → " + status;
                checked++;
                if (status >= 500) {
                    unexpected.add(at);
                } else if (path.startsWith("/admin")) {
                    // a record's page (/admin/accounts/account) without its id is "not found", even for an administrator
                    boolean record = path.chars().filter(c -> c == '/').count() == 3;
                    if (kind.getKey().equals("administrator") ? status != 200 && !(record && status == 404)
                            : status == 200 || body.contains("id=\"admin-nav\"")) {
                        unexpected.add(at);
                    }
                } else if (memberZone(path) && !signedIn(kind.getKey())) {
                    if (status == 200 || status == 302 && !location.endsWith("/login") && !location.contains("/login?")) {
                        unexpected.add(at + " " + location);
                    }
                } else if (body.contains(marker) && !kind.getKey().equals("lead")) {
                    unexpected.add(at + " shows the lead's risk");
                }
            }
        }
        assertEquals(List.of(), unexpected, checked + " requests (" + sessions.size() + " kinds × " + urls.size() + " URLs)");
        assertTrue(ToolClient.page(sessions.get("lead"), "/tool/steps/impacts-and-risks").contains(marker), "the lead sees the marker");
    }
}
