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
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipFile;
import org.iclei.africa.resilient.support.AdminClient;
import org.iclei.africa.resilient.support.Http;
import org.iclei.africa.resilient.support.PortalServer;
import org.iclei.africa.resilient.support.RequiresDatabase;
import org.iclei.africa.resilient.support.TestEnvironment;
import org.iclei.africa.resilient.support.ToolClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The portal's access matrix over HTTP: every view in the WAR (found from the WAR, so a new page is covered without
 * editing this test) and every servlet that serves a member's data, by GET, as each of eleven kinds of visitor —
 * anonymous, the session left by a wrong password, an account that never confirmed its address, the open session of
 * an account an administrator then disabled, the lead of a workspace whose trial has ended, a colleague still waiting
 * for a lead, a viewer and an editor the lead invited, the lead, the lead of another municipality, and an
 * administrator. Public pages open for everyone; member pages never answer 200 to those who are not signed in (they
 * are sent to sign in), and never show one workspace's rows to anyone outside it; back-office pages open for
 * administrators only. No page answers 500.
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
        String admin = AdminClient.signIn();
        long n = System.nanoTime();
        String municipality = "Massinga " + n;
        String leadEmail = ToolClient.register(ToolClient.newEmail(), "Lead of " + municipality, municipality, null);
        String lead = ToolClient.signIn(leadEmail, ToolClient.PASSWORD);
        marker = "Marker" + n;
        ToolClient.addRisk(lead, marker, "WATER", 4, 4);
        sessions.put("anonymous", null);
        sessions.put("after a wrong password", cookie(ToolClient.signInResponse(PortalServer.get(), leadEmail, "not-the-password-1")));
        String unconfirmed = ToolClient.newEmail();
        ToolClient.postRegistration(PortalServer.get(), unconfirmed, "Never confirmed", municipality, null, "en", "198.18.0.1");
        sessions.put("unconfirmed", cookie(ToolClient.signInResponse(PortalServer.get(), unconfirmed, ToolClient.PASSWORD)));
        // signed in, then disabled by an administrator: the session that was open must not open anything any more
        String disabledEmail = ToolClient.register(ToolClient.newEmail(), "Disabled " + n, "Xai-Xai " + n, null);
        String disabled = ToolClient.signIn(disabledEmail, ToolClient.PASSWORD);
        String account = AdminClient.accountPage(admin, disabledEmail);
        assertEquals(302, AdminClient.accountAction(admin, account, ToolClient.page(admin, account), "disable").statusCode());
        sessions.put("disabled", disabled);
        String expiredTown = "Chokwe " + n;
        String expired = ToolClient.member(expiredTown);
        assertEquals(302, AdminClient.workspaceAccess(admin, AdminClient.workspacePage(admin, expiredTown), "end-trial", "", "7").statusCode());
        sessions.put("trial ended", expired);
        sessions.put("waiting colleague", ToolClient.signIn(
                ToolClient.register(ToolClient.newEmail(), "Waiting " + n, municipality, null), ToolClient.PASSWORD));
        for (String role : List.of("VIEWER", "EDITOR")) {
            String email = ToolClient.newEmail();
            ToolClient.register(email, role + " " + n, municipality, ToolClient.invite(lead, email, role));
            sessions.put(role.toLowerCase(Locale.ROOT), ToolClient.signIn(email, ToolClient.PASSWORD));
        }
        sessions.put("lead", lead);
        sessions.put("another municipality's lead", ToolClient.member("Vilankulo " + n));
        sessions.put("administrator", admin);
        assertTrue(ToolClient.page(expired, "/tool/steps/getting-started").contains("data-state=\"TRIAL_ENDED\""), "the trial has ended");
    }

    /** The session cookie a response set (null when it set none). */
    private static String cookie(HttpResponse<String> response) {
        return Http.sessionCookies(response).orElse(null);
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
        return List.of("trial ended", "waiting colleague", "viewer", "editor", "lead", "another municipality's lead", "administrator")
                .contains(kind);
    }

    /** Who may read the lead's workspace: its lead and the colleagues the lead invited. */
    private static boolean sameWorkspace(String kind) {
        return List.of("viewer", "editor", "lead").contains(kind);
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
                } else if (body.contains(marker) && !sameWorkspace(kind.getKey())) {
                    unexpected.add(at + " shows the lead's risk");
                }
            }
        }
        assertEquals(List.of(), unexpected, checked + " requests (" + sessions.size() + " kinds × " + urls.size() + " URLs)");
        for (String kind : List.of("viewer", "editor", "lead")) {
            assertTrue(ToolClient.page(sessions.get(kind), "/tool/steps/impacts-and-risks").contains(marker), kind + " sees the marker");
        }
    }
}
