package org.iclei.africa.resilient.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iclei.africa.resilient.support.RequiresDatabase;
import org.iclei.africa.resilient.support.ToolClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an attacker types: script payloads in text fields come back escaped on every page that shows them (the step,
 * the report, the dashboard, the CSV as plain text); SQL-injection payloads in search terms, filters and ids do
 * nothing but a normal answer (no 500, no extra rows); oversized input gets a clear message and keeps what was saved.
 */
@RequiresDatabase
class HostileInputIT {

    private static final String SCRIPT = "<script>alert('xss')</script>";
    private static final String IMAGE = "\"><img src=x onerror=alert(1)>";
    private static final List<String> SQL = List.of("' OR '1'='1", "1; DROP TABLE account; --", "1' UNION SELECT email, password_hash FROM account --",
            "%' --", "\\'; --");

    static String lead;
    static String admin;

    @BeforeAll
    static void signIn() {
        lead = ToolClient.member("Xai-Xai " + System.nanoTime());
        admin = ToolClient.signIn("admin@localhost", ToolClient.loggedPassword("admin@localhost"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void scriptInARiskComesBackEscapedEverywhereItIsShown() {
        String hazard = "Flood " + SCRIPT + IMAGE;
        Map<String, String> form = new LinkedHashMap<>();
        form.put("risk-form", "risk-form");
        form.put("riskId", "");
        form.put("riskVersion", "");
        form.put("hazard", hazard.substring(0, Math.min(hazard.length(), 120)));
        form.put("sector", "WATER");
        form.put("impact", "Impact " + SCRIPT + IMAGE);
        form.put("likelihood", "4");
        form.put("consequence", "4");
        form.put("withinMandate", "on");
        form.put("save-risk", "x");
        assertEquals(302, ToolClient.post(lead, "/tool/steps/impacts-and-risks", form).statusCode());
        for (String path : List.of("/tool/steps/impacts-and-risks", "/tool/steps/adaptation-options", "/tool/report", "/tool")) {
            String page = ToolClient.page(lead, path);
            assertFalse(page.contains(SCRIPT), path + " shows the script as markup");
            assertFalse(page.contains("<img src=x onerror"), path + " shows the image as markup");
            assertTrue(page.contains("&lt;script&gt;") || page.contains("&lt;img"), path + " shows the text, escaped");
        }
        String csv = ToolClient.get(lead, "/tool/export/risks.csv").body();
        assertTrue(csv.contains(SCRIPT), "the CSV keeps the text as text");
    }

    @Test
    void scriptInSearchTermsAndFiltersIsEscapedOnPublicPages() {
        for (String path : List.of("/library?q=" + encode(SCRIPT), "/library?topic=" + encode(IMAGE), "/library?type=" + encode(SCRIPT),
                "/library?lang=" + encode(IMAGE) + "&page=" + encode(SCRIPT), "/pioneers/" + encode(SCRIPT))) {
            HttpResponse<String> response = ToolClient.get(null, path);
            assertTrue(response.statusCode() == 200 || response.statusCode() == 404 || response.statusCode() == 400, path + ": " + response.statusCode());
            assertFalse(response.body().contains(SCRIPT), path);
            assertFalse(response.body().contains("<img src=x onerror"), path);
        }
    }

    @Test
    void sqlInSearchFiltersAndIdsChangesNothing() {
        String plain = ToolClient.page(null, "/library?q=zzzz-no-such-term");
        List<String> failures = new ArrayList<>();
        for (String payload : SQL) {
            String term = encode(payload);
            for (String path : List.of("/library?q=" + term, "/library?topic=" + term, "/library?city=" + term, "/library?page=" + term,
                    "/library/resource/" + term, "/pioneers/" + term, "/tool/steps/impacts-and-risks?edit=" + term,
                    "/tool/steps/getting-started?edit=" + term)) {
                HttpResponse<String> response = ToolClient.get(path.startsWith("/tool") ? lead : null, path);
                if (response.statusCode() >= 500) {
                    failures.add(path + " → " + response.statusCode());
                }
                if (response.body().contains("PBKDF2WithHmacSHA256:") || response.body().contains(":210000:")) { // a stored hash, not the echoed term
                    failures.add(path + " shows a password hash");
                }
            }
            HttpResponse<String> accounts = ToolClient.get(admin, "/admin/accounts?q=" + term + "&country=" + term + "&state=" + term);
            if (accounts.statusCode() >= 500) {
                failures.add("/admin/accounts → " + accounts.statusCode());
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(ToolClient.page(null, "/library?q=" + encode("' OR '1'='1")).contains("id=\"results\""), "a search answers normally");
        assertEquals(200, ToolClient.get(null, "/").statusCode(), "and the portal still works (no table dropped)");
        assertTrue(plain.contains("id=\"results\""));
    }

    @Test
    void oversizedInputGetsAMessageAndTheSavedRowStays() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("risk-form", "risk-form");
        form.put("riskId", "");
        form.put("riskVersion", "");
        form.put("hazard", "H".repeat(5000));
        form.put("sector", "WATER");
        form.put("impact", "I".repeat(30000));
        form.put("likelihood", "4");
        form.put("consequence", "4");
        form.put("save-risk", "x");
        HttpResponse<String> refused = ToolClient.post(lead, "/tool/steps/impacts-and-risks", form);
        assertEquals(200, refused.statusCode(), "refused on the page, not an error");
        assertTrue(refused.body().contains("The hazard can be at most 120 characters long."), "with a message next to the field");
        assertTrue(refused.body().contains("The impact can be at most 2000 characters long."), "both mistakes at once");
        assertFalse(ToolClient.page(lead, "/tool/steps/impacts-and-risks").contains("HHHHHHHHHH"), "nothing was saved");

        Map<String, String> contact = new LinkedHashMap<>();
        contact.put("contact-form", "contact-form");
        contact.put("name", "N".repeat(10000));
        contact.put("email", "someone@example.org");
        contact.put("message", "M".repeat(100000));
        contact.put("send", "x");
        contact.put("jakarta.faces.ViewState", "stateless");
        HttpResponse<String> big = org.iclei.africa.resilient.support.Http.postForm(
                org.iclei.africa.resilient.support.PortalServer.get().url("/contacts"), contact, "X-Forwarded-For", "198.18.7.7");
        assertTrue(big.statusCode() < 500, "an oversized contact message is refused, not an error: " + big.statusCode());
    }
}
