package org.iclei.africa.resilient.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
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
 * Every page of the back office — found from the views in the WAR under admin/, so a new page is covered
 * without editing this test — refuses anonymous visitors (sent to sign in), members and leads (403), by GET and
 * by POST (an action), and opens for an administrator without an error, PrimeFaces loaded.
 */
@RequiresDatabase
class AdminAccessIT {

    static List<String> paths;
    static String lead;
    static String pending;
    static String admin;

    @BeforeAll
    static void sessionsOfEveryKind() throws IOException {
        paths = adminPaths();
        long n = System.nanoTime();
        String municipality = "Chókwè " + n;
        lead = ToolClient.member(municipality);
        pending = ToolClient.signIn(ToolClient.register(ToolClient.newEmail(), "Colleague " + n, municipality, null), ToolClient.PASSWORD);
        admin = ToolClient.signIn("admin@localhost", ToolClient.loggedPassword("admin@localhost"));
    }

    /** The extensionless URL of every view under admin/ in the built WAR (admin/index.xhtml is /admin). */
    static List<String> adminPaths() throws IOException {
        String war = TestEnvironment.property("portal.war").isEmpty() ? "target/portal.war" : TestEnvironment.property("portal.war");
        List<String> found = new ArrayList<>();
        try (ZipFile zip = new ZipFile(Path.of(war).toFile())) {
            Collections.list(zip.entries()).stream().map(e -> e.getName())
                    .filter(name -> name.startsWith("admin/") && name.endsWith(".xhtml"))
                    .map(name -> "/" + name.substring(0, name.length() - ".xhtml".length()))
                    .map(path -> path.equals("/admin/index") ? "/admin/" : path)
                    .sorted().forEach(found::add);
        }
        assertTrue(found.size() >= 2, "admin views in " + war + ": " + found);
        return found;
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        for (String path : withVariants()) {
            HttpResponse<String> get = ToolClient.get(null, path);
            assertEquals(302, get.statusCode(), "GET " + path);
            assertTrue(get.headers().firstValue("Location").orElse("").endsWith("/login"), "GET " + path + " → sign in");
            HttpResponse<String> post = Http.postForm(PortalServer.get().url(path), Map.of("jakarta.faces.ViewState", "stateless", "save", "x"));
            assertTrue(post.statusCode() == 302 || post.statusCode() == 403, "POST " + path + ": " + post.statusCode());
            assertFalse(post.body().contains("id=\"admin-nav\""), "POST " + path);
        }
    }

    @Test
    void membersAndLeadsAreRefused() {
        for (String session : List.of(lead, pending)) {
            for (String path : withVariants()) {
                HttpResponse<String> get = ToolClient.get(session, path);
                assertEquals(403, get.statusCode(), "GET " + path);
                assertFalse(get.body().contains("id=\"admin-nav\""), "GET " + path);
                HttpResponse<String> post = Http.postForm(PortalServer.get().url(path),
                        Map.of("jakarta.faces.ViewState", "stateless", "save", "x"), "Cookie", session);
                assertEquals(403, post.statusCode(), "POST " + path);
            }
        }
    }

    @Test
    void administratorsOpenEveryPageWithoutAnError() {
        for (String path : paths) {
            HttpResponse<String> page = ToolClient.get(admin, path);
            // a record's page without its id says "not found" (404), in the back office's layout
            assertTrue(page.statusCode() == 200 || page.statusCode() == 404, "GET " + path + ": " + page.statusCode() + "\n" + page.body());
            if (page.statusCode() == 200) {
                assertTrue(page.body().contains("id=\"admin-nav\"") && page.body().contains("id=\"page-heading\""), path);
                assertTrue(page.body().contains("primefaces"), "the back office loads PrimeFaces: " + path);
            }
        }
        assertEquals(301, ToolClient.get(admin, "/tool/workspaces").statusCode(), "the old workspaces page moved");
        assertTrue(ToolClient.get(admin, "/admin").headers().firstValue("Location").orElse("").endsWith("/admin/"), "/admin is the dashboard");
        assertTrue(ToolClient.page(admin, "/").contains("id=\"admin-link\""), "administrators see the way to the back office");
        assertFalse(ToolClient.page(lead, "/").contains("id=\"admin-link\""), "members do not");
    }

    /** Each page, also with .xhtml and with a record id, as a visitor might type it. */
    private static List<String> withVariants() {
        List<String> all = new ArrayList<>();
        for (String path : paths) {
            all.add(path);
            all.add(path.endsWith("/") ? path + "index.xhtml" : path + ".xhtml");
            all.add(path + "?id=1");
        }
        return all;
    }
}
