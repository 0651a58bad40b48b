package org.iclei.africa.resilient.accounts;

import static org.iclei.africa.resilient.support.ToolClient.page;
import static org.iclei.africa.resilient.support.ToolClient.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iclei.africa.resilient.support.DemoContent;
import org.iclei.africa.resilient.support.Http;
import org.iclei.africa.resilient.support.PortalServer;
import org.iclei.africa.resilient.support.RequiresDatabase;
import org.iclei.africa.resilient.support.ToolClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Data rights (POPIA, GDPR) over HTTP on the shared portal: the terms and privacy page behind the consent box, the
 * consent date, the personal-data export, and deleting an account — refused to a last lead with colleagues, and
 * leaving an editor's rows to "a former member" in the reader's language.
 */
@RequiresDatabase
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DataRightsIT {

    static final String RISKS = "/tool/steps/impacts-and-risks";

    static String municipality;
    static String leadEmail;
    static String lead;
    static String editorEmail;
    static String editorName;
    static String editor;
    static String strangerEmail;
    static String hazard;

    @BeforeAll
    static void aWorkspaceWithALeadAndAnEditor() {
        long n = System.nanoTime();
        municipality = "Xai-Xai " + n;
        hazard = "Dune breach " + n;
        leadEmail = ToolClient.register(ToolClient.newEmail(), "Lead of " + municipality, municipality, null);
        lead = ToolClient.signIn(leadEmail, ToolClient.PASSWORD);
        editorEmail = ToolClient.newEmail();
        editorName = "Editor " + n;
        ToolClient.register(editorEmail, editorName, municipality, ToolClient.invite(lead, editorEmail, "EDITOR"));
        editor = ToolClient.signIn(editorEmail, ToolClient.PASSWORD);
        strangerEmail = ToolClient.register(ToolClient.newEmail(), "Stranger " + n, "Chokwe " + n, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "pt"})
    void thePrivacyPageIsPublicInEachLanguageAndLinkedFromTheRegisterPageAndTheFooter(String language) {
        JsonObject privacy = DemoContent.real().getJsonArray("pages").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("slug").equals("privacy")).findFirst().orElseThrow();
        HttpResponse<String> page = Http.get(PortalServer.get().url("/privacy"), "Cookie", "lang=" + language);
        assertEquals(200, page.statusCode());
        String title = privacy.getJsonObject("texts").getJsonObject(language).getString("title");
        assertTrue(page.body().contains("<h1 id=\"page-heading\">" + DemoContent.html(title) + "</h1>"), title);
        assertTrue(page.body().contains("POPIA") && page.body().contains("iclei-africa@iclei.org"));
        assertFalse(page.body().contains("id=\"fallback-notice\""), "written in " + language);
        String register = Http.get(PortalServer.get().url("/register"), "Cookie", "lang=" + language).body();
        assertTrue(register.contains("id=\"consent-privacy-link\""), "the consent box links the terms");
        assertTrue(register.matches("(?s).*href=\"/privacy\"[^>]*id=\"consent-privacy-link\".*"), "to /privacy");
        assertTrue(register.contains("id=\"footer-privacy\""), "and so does the footer");
    }

    @Test
    void administratorsFindThePrivacyPageInTheContentList() {
        String admin = ToolClient.signIn("admin@localhost", ToolClient.loggedPassword("admin@localhost"));
        assertTrue(page(admin, "/admin/content").contains("slug=privacy"), "editable in the back office");
    }

    @Test
    @Order(1)
    void theConsentDateIsInMyAccountAndTheExportHoldsTheMembersOwnDataOnly() {
        String account = page(lead, "/account");
        assertTrue(account.contains("id=\"consented-at\""), "the consent given at registration is shown");
        assertFalse(account.contains("id=\"consented-before\""));
        assertTrue(account.contains("id=\"download-my-data\""));
        assertEquals(302, saveRisk(lead, "Sand storm " + hazard).statusCode());

        HttpResponse<String> download = Http.get(PortalServer.get().url("/account/my-data.json"), "Cookie", lead);
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        JsonObject data = Json.createReader(new StringReader(download.body())).readObject();
        assertEquals(leadEmail, data.getJsonObject("account").getString("email"));
        assertEquals("Lead of " + municipality, data.getJsonObject("account").getString("fullName"));
        assertEquals("en", data.getJsonObject("account").getString("language"));
        assertTrue(data.getJsonObject("account").getString("consentedAt").matches("\\d{4}-\\d{2}-\\d{2}T.*"), "an ISO instant");
        assertEquals(municipality, data.getJsonObject("workspace").getString("municipality"));
        assertEquals("LEAD", data.getJsonObject("workspace").getString("role"));
        assertTrue(data.containsKey("history") && data.containsKey("contactMessages") && data.containsKey("invitationsReceived"));
        List<String> history = data.getJsonArray("history").getValuesAs(JsonObject.class).stream().map(h -> h.getString("summary")).toList();
        assertTrue(history.stream().anyMatch(h -> h.startsWith("Sand storm " + hazard + " / Informal settlements: ")),
                "the lead's risk, its sector in words: " + history);
        assertTrue(history.stream().noneMatch(h -> h.contains("{")), "no message key left in the export: " + history);
        assertFalse(download.body().contains(editorName), "nothing the editor wrote");
        assertFalse(download.body().contains(strangerEmail), "nor another municipality's member");

        JsonObject editorData = Json.createReader(new StringReader(page(editor, "/account/my-data.json"))).readObject();
        assertEquals("EDITOR", editorData.getJsonObject("workspace").getString("role"));
        assertEquals(1, editorData.getJsonArray("invitationsReceived").size(), "the invitation they came through");
        assertEquals(302, Http.get(PortalServer.get().url("/account/my-data.json")).statusCode(), "visitors are sent to sign in");
    }

    @Test
    @Order(2)
    void theLastLeadWithColleaguesMustHandOverFirst() {
        HttpResponse<String> refused = delete(lead, ToolClient.PASSWORD, true);
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("id=\"delete-hand-over-link\""), "a link to the members page");
        assertTrue(refused.body().contains("href=\"/tool/members\""));
        assertEquals(200, Http.get(PortalServer.get().url("/account"), "Cookie", lead).statusCode(), "still signed in");
        assertTrue(ToolClient.signIn(leadEmail, ToolClient.PASSWORD).startsWith("JSESSIONID="), "and the account is there");
    }

    @Test
    @Order(3)
    void anEditorDeletesTheirAccountAndTheirRiskStaysWithAFormerMember() {
        assertEquals(302, saveRisk(editor, hazard).statusCode());
        assertTrue(page(lead, RISKS).contains(editorName), "the feed names the editor while they are a member");

        HttpResponse<String> wrong = delete(editor, "not-my-password-at-all", true);
        assertTrue(wrong.body().contains("id=\"deletePassword-error\""), "a wrong password is refused at its field");
        HttpResponse<String> unconfirmed = delete(editor, ToolClient.PASSWORD, false);
        assertTrue(unconfirmed.body().contains("id=\"deleteConfirm-error\""), "the box must be ticked");
        assertEquals(200, Http.get(PortalServer.get().url("/account"), "Cookie", editor).statusCode(), "nothing happened yet");

        HttpResponse<String> deleted = delete(editor, ToolClient.PASSWORD, true);
        assertEquals(302, deleted.statusCode(), deleted.body());
        String home = deleted.headers().firstValue("Location").orElseThrow();
        assertTrue(home.endsWith("/?account=deleted"), home);
        assertTrue(page(null, "/?account=deleted").contains("id=\"account-deleted-notice\""));
        assertNotEquals(200, Http.get(PortalServer.get().url("/account"), "Cookie", editor).statusCode(), "the session ended");
        assertEquals(200, ToolClient.signInResponse(PortalServer.get(), editorEmail, ToolClient.PASSWORD).statusCode(),
                "the account is gone: signing in fails");

        String risks = page(lead, RISKS);
        assertTrue(risks.contains(hazard), "the risk stays with the workspace");
        assertTrue(risks.contains("a former member"), "attributed to a former member");
        assertFalse(risks.contains(editorName), "their name is gone");
        assertFalse(page(lead, "/tool/members").contains(editorEmail), "their membership and invitation went");
        Http.get(PortalServer.get().url("/language?to=fr&next=/tool"), "Cookie", lead);
        try {
            assertTrue(page(lead, RISKS).contains("un ancien membre"), "in the reader's language");
        } finally {
            Http.get(PortalServer.get().url("/language?to=en&next=/tool"), "Cookie", lead);
        }
    }

    private static HttpResponse<String> delete(String session, String password, boolean confirmed) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("delete-account-form", "delete-account-form");
        form.put("deletePassword", password);
        if (confirmed) {
            form.put("deleteConfirm", "on");
        }
        form.put("delete-account", "x");
        return post(session, "/account", form);
    }

    private static HttpResponse<String> saveRisk(String session, String hazard) {
        return post(session, RISKS, Map.ofEntries(Map.entry("risk-form", "risk-form"), Map.entry("riskId", ""),
                Map.entry("riskVersion", ""), Map.entry("hazard", hazard), Map.entry("sector", "INFORMAL_SETTLEMENTS"),
                Map.entry("impact", "Dunes breached; homes behind them flooded at spring tides."), Map.entry("likelihood", "4"),
                Map.entry("consequence", "4"), Map.entry("withinMandate", "on"), Map.entry("save-risk", "x")));
    }
}
