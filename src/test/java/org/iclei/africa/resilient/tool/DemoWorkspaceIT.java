package org.iclei.africa.resilient.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.iclei.africa.resilient.support.ToolClient.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iclei.africa.resilient.support.Http;
import org.iclei.africa.resilient.support.PortalServer;
import org.iclei.africa.resilient.support.RequiresDatabase;
import org.iclei.africa.resilient.support.ToolClient;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The demo workspace: complete after the first start, signed in with the password logged once, removable by
 * an administrator, and absent from a database started with PORTAL_DEMO=false — which still gets the real content (the
 * five pioneer cities, the supporters, the About, Contacts and privacy texts).
 */
@RequiresDatabase
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoWorkspaceIT {

    static final String DEMO = "demo.lead@example.org";

    @Test
    @Order(1)
    void theDemoLeadFindsAPlanFilledInAtEveryStep() {
        String password = ToolClient.loggedPassword(DEMO);
        assertEquals(1, PortalServer.get().log().split(Pattern.quote(password), -1).length - 1, "the password is logged once");
        String demo = ToolClient.signIn(DEMO, password);
        String dashboard = page(demo, "/tool");
        assertTrue(dashboard.contains("id=\"demo-tag\""), "the demo data is marked as such");
        for (int step = 1; step <= 8; step++) {
            assertFalse(dashboard.contains("id=\"dash-step-" + step + "\" data-status=\"NOT_STARTED\""), "step " + step);
        }
        String topRisks = dashboard.substring(dashboard.indexOf("id=\"top-risks\""), dashboard.indexOf("</ol>", dashboard.indexOf("id=\"top-risks\"")));
        assertEquals(5, topRisks.split("<li>", -1).length - 1, "the top five risks");
        assertTrue(dashboard.contains("id=\"review-date\""));

        String risks = page(demo, "/tool/steps/impacts-and-risks");
        Matcher cells = Pattern.compile("data-count=\"([1-9]\\d*)\"").matcher(risks);
        int filled = 0;
        while (cells.find()) {
            filled++;
        }
        assertTrue(filled >= 5, "risks spread over the heat map: " + filled + " cells");
        assertTrue(page(demo, "/tool/steps/prioritisation").contains("id=\"rank-1\""), "ranked options");
        String monitoring = page(demo, "/tool/steps/monitoring");
        assertTrue(monitoring.contains("id=\"table-indicators\"") && monitoring.contains("id=\"table-progress\""));
        assertTrue(page(demo, "/tool/report").contains("Mvula Bay (demo)"));
        var pdf = Http.getBytes(PortalServer.get().url("/tool/report.pdf"), "Cookie", demo);
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        assertTrue(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-") && pdf.body().length > 5000,
                "a PDF of the whole plan");
        assertFalse(page(null, "/").contains(password) || page(null, "/tool").contains(DEMO), "never shown on a page");
    }

    @Test
    @Order(2)
    void anAdministratorRemovesTheDemoWorkspaceAndItsAccount() {
        String admin = ToolClient.signIn("admin@localhost", ToolClient.loggedPassword("admin@localhost"));
        String list = page(admin, "/admin/workspaces");
        Matcher demo = Pattern.compile("href=\"(/admin/workspaces/workspace\\?id=\\d+)\"[^>]*>Mvula Bay \\(demo\\)<").matcher(list);
        assertTrue(demo.find(), list);
        Matcher real = Pattern.compile("href=\"(/admin/workspaces/workspace\\?id=\\d+)\"[^>]*>(?!Mvula)[^<]+<").matcher(list);
        if (real.find()) {
            String page = page(admin, real.group(1));
            assertFalse(page.contains("id=\"remove-demo\""), "real workspaces offer no removal");
            ToolClient.postFrom(admin, real.group(1), page, removal());
            assertTrue(page(admin, "/admin/workspaces").contains(real.group(1)), "and a forged one changes nothing");
        }
        assertEquals(302, ToolClient.postFrom(admin, demo.group(1), page(admin, demo.group(1)), removal()).statusCode());
        assertFalse(page(admin, "/admin/workspaces").contains("Mvula Bay (demo)"));

        Map<String, String> login = new LinkedHashMap<>();
        login.put("login", "login");
        login.put("email", DEMO);
        login.put("password", ToolClient.loggedPassword(DEMO));
        login.put("sign-in", "x");
        login.put("jakarta.faces.ViewState", "stateless");
        assertEquals(200, Http.postForm(PortalServer.get().url("/login"), login, "X-Forwarded-For", "198.18.0.9").statusCode(),
                "the demo account is gone");
    }

    private static Map<String, String> removal() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("more-form", "more-form");
        form.put("remove-demo", "");
        return form;
    }

    @Test
    @Order(3)
    void withPortalDemoFalseTheRealContentButNoDemoDataGoesIntoANewDatabase() {
        PortalServer plain = PortalServer.separate("it-portal-nodemo", 18090, "-Dportal.demo=false");
        try {
            assertFalse(plain.log().contains("Demo workspace created"));
            assertTrue(plain.log().contains("demo content skipped"));
            assertTrue(plain.log().contains("Step guidance loaded"), "the step guides are part of the tool, not demo data");
            String admin = ToolClient.signIn(plain, "admin@localhost", ToolClient.loggedPassword(plain, "admin@localhost"));
            String list = Http.get(plain.url("/admin/workspaces"), "Cookie", admin).body();
            assertFalse(list.contains("(demo)"), list);
            String pioneers = Http.get(plain.url("/pioneers")).body();
            for (String city : List.of("Cape Town", "Temeke", "Maputo", "Walvis Bay", "Port Louis")) {
                assertTrue(pioneers.contains(city), "the five pioneer cities are real content: " + city);
            }
            assertEquals(200, Http.get(plain.url("/pioneers/walvis-bay")).statusCode(), "with their pages");
            String supporters = Http.get(plain.url("/supporters")).body();
            assertTrue(supporters.contains("IDRC") && supporters.contains("DFID"), "the supporters too");
            String about = Http.get(plain.url("/about")).body();
            assertTrue(about.contains("Water and Sanitation") && about.contains("Cities Biodiversity Center"), "and the About text");
            assertTrue(Http.get(plain.url("/contacts")).body().contains("Wale Street"), "and the contact details");
            assertTrue(Http.get(plain.url("/privacy")).body().contains("POPIA"), "and the terms and privacy notice");
            String library = Http.get(plain.url("/library")).body();
            assertTrue(library.contains("IPCC Sixth Assessment Report"), "links to real sites are real content");
            assertFalse(library.contains("Council mandate checklist"), "resources invented for the demo are not");
        } finally {
            plain.close();
        }
    }
}
