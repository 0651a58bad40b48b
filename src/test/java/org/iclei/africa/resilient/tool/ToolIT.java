package org.iclei.africa.resilient.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iclei.africa.resilient.support.Http;
import org.iclei.africa.resilient.support.PortalServer;
import org.iclei.africa.resilient.support.RequiresDatabase;
import org.iclei.africa.resilient.support.ToolClient;
import org.junit.jupiter.api.Test;

/**
 * Step 3 of the tool on the shared portal, as members of real workspaces: risks on the heat map,
 * conflicting saves, and the walls between municipalities and roles.
 */
@RequiresDatabase
class ToolIT {

    static final String PAGE = "/tool/steps/impacts-and-risks";

    private final PortalServer portal = PortalServer.get();

    private static String member(String municipality) {
        return ToolClient.member(municipality);
    }

    private static String signIn(String email) {
        return ToolClient.signIn(email, ToolClient.PASSWORD);
    }

    private String page(String session, String query) {
        HttpResponse<String> response = Http.get(portal.url(PAGE + query), "Cookie", session);
        assertEquals(200, response.statusCode());
        return response.body();
    }

    private static String viewState(String page) {
        return ToolClient.viewState(page);
    }

    /** Posts the risk form of {@code page}; returns the response (302 after a save, 200 with messages otherwise). */
    private HttpResponse<String> saveRisk(String session, String page, String hazard, int likelihood, int consequence) {
        Matcher id = Pattern.compile("id=\"riskId\"[^>]*value=\"(\\d*)\"").matcher(page);
        Matcher version = Pattern.compile("id=\"riskVersion\"[^>]*value=\"(\\d*)\"").matcher(page);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("risk-form", "risk-form");
        form.put("riskId", id.find() ? id.group(1) : "");
        form.put("riskVersion", version.find() ? version.group(1) : "");
        form.put("hazard", hazard);
        form.put("sector", "INFORMAL_SETTLEMENTS");
        form.put("impact", "Homes and clinics flooded; people displaced for weeks.");
        form.put("likelihood", String.valueOf(likelihood));
        form.put("consequence", String.valueOf(consequence));
        form.put("withinMandate", "on");
        form.put("save-risk", "x");
        form.put("jakarta.faces.ViewState", viewState(page));
        return Http.postForm(portal.url(PAGE), form, "Cookie", session);
    }

    private static int cellCount(String page, int likelihood, int consequence) {
        Matcher m = Pattern.compile("id=\"cell-" + likelihood + "-" + consequence + "\" data-count=\"(\\d+)\"").matcher(page);
        assertTrue(m.find(), "cell " + likelihood + "," + consequence);
        return Integer.parseInt(m.group(1));
    }

    private static String firstRiskId(String page, String hazard) {
        Matcher m = Pattern.compile("<tr id=\"risk-(\\d+)\"[^>]*>\\s*<td[^>]*>" + Pattern.quote(hazard) + "</td>").matcher(page);
        assertTrue(m.find(), "row of " + hazard);
        return m.group(1);
    }

    @Test
    void aLeadAddsRisksAndSeesThemInTheRightHeatMapCells() {
        String lead = member("Matola " + System.nanoTime());
        String page = page(lead, "");
        assertTrue(page.contains(" · Lead</p>"), "the first member leads the new workspace");
        assertTrue(page.contains("data-status=\"NOT_STARTED\""));

        assertEquals(302, saveRisk(lead, page, "Flooding of informal settlements", 4, 5).statusCode());
        page = page(lead, "");
        assertEquals(302, saveRisk(lead, page, "Coastal erosion", 2, 3).statusCode());
        page = page(lead, "");
        assertEquals(1, cellCount(page, 4, 5));
        assertEquals(1, cellCount(page, 2, 3));
        assertEquals(0, cellCount(page, 5, 5));
        assertTrue(page.contains("20 · Extreme"), "4 × 5 = 20, extreme");
        assertTrue(page.contains("6 · Medium"), "2 × 3 = 6, medium");
        assertTrue(page.contains("data-status=\"IN_PROGRESS\""), "in progress as soon as a row exists");
        assertTrue(page.contains("added · Impacts and risks: Flooding of informal settlements"), "the recent-changes feed");

        Map<String, String> complete = new LinkedHashMap<>();
        complete.put("step-status-form", "step-status-form");
        complete.put("complete-step", "x");
        complete.put("jakarta.faces.ViewState", viewState(page));
        assertEquals(302, Http.postForm(portal.url(PAGE), complete, "Cookie", lead).statusCode());
        assertTrue(page(lead, "").contains("data-status=\"COMPLETE\""));

        HttpResponse<String> invalid = saveRisk(lead, page(lead, ""), "", 6, 0);
        assertEquals(200, invalid.statusCode());
        assertTrue(invalid.body().contains("Please name the hazard."), invalid.body());
    }

    static final String PRIORITISATION = "/tool/steps/prioritisation";
    static final String[] CRITERIA = {"EFFECTIVENESS", "COST", "TECHNICAL_FEASIBILITY", "INSTITUTIONAL_FEASIBILITY",
        "CO_BENEFITS", "STAKEHOLDER_SUPPORT", "URGENCY"};

    static final String OPTIONS = "/tool/steps/adaptation-options";

    /** Adds an option on step 5, then gives it its scores on step 6 (the answer of that last post is returned). */
    /** Adds an option on step 5 (answering a new high risk), then posts its scores on step 6 as {@code session}. */
    private HttpResponse<String> saveOption(String session, String name, int... scores) {
        String risk = ToolClient.addRisk(session, "Flooding before " + name, "INFORMAL_SETTLEMENTS", 4, 4);
        String id = ToolClient.addOption(session, name, risk);
        String scorePage = Http.get(portal.url(PRIORITISATION + "?edit=" + id), "Cookie", session).body();
        Matcher version = Pattern.compile("id=\"optionVersion\"[^>]*value=\"(\\d+)\"").matcher(scorePage);
        assertTrue(version.find(), scorePage);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("option-form", "option-form");
        form.put("optionId", id);
        form.put("optionVersion", version.group(1));
        form.put("optionName", name);
        for (int i = 0; i < CRITERIA.length; i++) {
            form.put("score-" + CRITERIA[i], String.valueOf(scores[i]));
        }
        form.put("save-option", "x");
        form.put("jakarta.faces.ViewState", viewState(scorePage));
        return Http.postForm(portal.url(PRIORITISATION), form, "Cookie", session);
    }

    @Test
    void scoredOptionsAreRankedByTheWorkspacesWeights() {
        String lead = member("Chokwe " + System.nanoTime());
        assertEquals(302, saveOption(lead, "Clear drains before the rains", 3, 1, 5, 4, 3, 5, 2).statusCode());
        assertEquals(302, saveOption(lead, "Early warning by SMS", 4, 3, 3, 3, 3, 3, 5).statusCode());
        String page = Http.get(portal.url(PRIORITISATION), "Cookie", lead).body();
        assertTrue(page.indexOf("data-option=\"Clear drains before the rains\"") < page.indexOf("data-option=\"Early warning by SMS\""),
                "equal weights: the cheap, feasible option first");
        assertTrue(page.contains("id=\"rank-1\" data-option=\"Clear drains before the rains\""), page);

        Map<String, String> weights = new LinkedHashMap<>();
        weights.put("weights-form", "weights-form");
        for (String criterion : CRITERIA) {
            weights.put("weight-" + criterion, criterion.equals("URGENCY") ? "10" : criterion.equals("EFFECTIVENESS") ? "5" : "0");
        }
        weights.put("save-weights", "x");
        weights.put("jakarta.faces.ViewState", viewState(page));
        assertEquals(302, Http.postForm(portal.url(PRIORITISATION), weights, "Cookie", lead).statusCode());
        page = Http.get(portal.url(PRIORITISATION), "Cookie", lead).body();
        assertTrue(page.contains("id=\"rank-1\" data-option=\"Early warning by SMS\""), "urgency first changes the order");

        Map<String, String> zero = new LinkedHashMap<>(weights);
        for (String criterion : CRITERIA) {
            zero.put("weight-" + criterion, "0");
        }
        zero.put("jakarta.faces.ViewState", viewState(page));
        String refused = Http.postForm(portal.url(PRIORITISATION), zero, "Cookie", lead).body();
        assertTrue(refused.contains("At least one criterion must count more than 0."), refused);
    }

    @Test
    void anActionCannotEndBeforeItStarts() {
        String lead = member("Manhica " + System.nanoTime());
        String option = ToolClient.addOption(lead, "Raise floors", ToolClient.addRisk(lead, "Clinic flooding", "HEALTH", 4, 4));
        String page = Http.get(portal.url("/tool/steps/action-plan"), "Cookie", lead).body();
        Map<String, String> form = ToolClient.action(option, "Raise the clinic floor", "2027-06-01", "2027-01-31");
        form.put("jakarta.faces.ViewState", viewState(page));
        HttpResponse<String> refused = Http.postForm(portal.url("/tool/steps/action-plan"), form, "Cookie", lead);
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("An action cannot end before it starts"), refused.body());
        assertTrue(refused.body().contains("value=\"Raise the clinic floor\""), "the input is kept");

        form.put("endDate", "2027-12-31");
        form.put("jakarta.faces.ViewState", viewState(refused.body()));
        assertEquals(302, Http.postForm(portal.url("/tool/steps/action-plan"), form, "Cookie", lead).statusCode());
        String saved = Http.get(portal.url("/tool/steps/action-plan"), "Cookie", lead).body();
        assertTrue(saved.contains("id=\"count-PLANNED\" data-count=\"1\""), saved);
    }

    @Test
    void aSecondSaveOfTheSameRowIsRefusedWithWhoAndWhenAndKeepsTheInput() {
        String municipality = "Boane " + System.nanoTime();
        String first = member(municipality);
        assertEquals(302, saveRisk(first, page(first, ""), "Drought", 3, 4).statusCode());
        String id = firstRiskId(page(first, ""), "Drought");

        String second = signIn(Http.get(portal.url("/account"), "Cookie", first).body()
                .replaceAll("(?s).*id=\"account-who\">[^·]*· ([^\\s<]+).*", "$1"));
        String pageA = page(first, "?edit=" + id);
        String pageB = page(second, "?edit=" + id);
        assertEquals(302, saveRisk(first, pageA, "Drought (updated)", 4, 4).statusCode());
        HttpResponse<String> stale = saveRisk(second, pageB, "Drought, my version", 5, 4);
        assertEquals(200, stale.statusCode());
        assertTrue(stale.body().contains("This row was changed by Member of " + municipality), stale.body());
        assertTrue(stale.body().contains("value=\"Drought, my version\""), "the refused input stays on screen");
        assertTrue(stale.body().contains("id=\"conflict-reload\""));
        assertTrue(page(first, "").contains("\">Drought (updated)</td>"), "the first save was kept");
    }

    @Test
    void anotherMunicipalityCannotReachTheRowsAndAColleagueWaitsForTheLeadToLetThemIn() {
        String municipality = "Xai-Xai " + System.nanoTime();
        String lead = member(municipality);
        assertEquals(302, saveRisk(lead, page(lead, ""), "Cyclone", 3, 5).statusCode());
        String id = firstRiskId(page(lead, ""), "Cyclone");

        String stranger = member("Inhambane " + System.nanoTime());
        String strangerPage = page(stranger, "?edit=" + id);
        assertTrue(strangerPage.contains("This row does not exist in your workspace."), strangerPage);
        assertFalse(strangerPage.contains("Cyclone"));
        Map<String, String> delete = new LinkedHashMap<>();
        delete.put("delete-" + id, "delete-" + id);
        delete.put("deleteId", id);
        delete.put("deleteVersion", "1");
        delete.put("jakarta.faces.ViewState", viewState(page(stranger, "")));
        Http.postForm(portal.url(PAGE), delete, "Cookie", stranger);
        assertTrue(page(lead, "").contains("\">Cyclone</td>"), "still there");

        String colleague = member(municipality);
        String waiting = page(colleague, "");
        assertTrue(waiting.contains("a lead has been told and will let you in"), "an uninvited colleague waits for a lead");
        assertFalse(waiting.contains("Cyclone"));
        String members = Http.get(portal.url("/tool/members"), "Cookie", lead).body();
        Matcher pending = Pattern.compile("<tr id=\"member-(\\d+)\" data-role=\"PENDING\">").matcher(members);
        assertTrue(pending.find(), members);
        Map<String, String> approve = new LinkedHashMap<>();
        approve.put("role-form-" + pending.group(1), "role-form-" + pending.group(1));
        approve.put("memberId", pending.group(1));
        approve.put("role", "VIEWER");
        approve.put("change-role-" + pending.group(1), "x");
        approve.put("jakarta.faces.ViewState", viewState(members));
        assertEquals(302, Http.postForm(portal.url("/tool/members"), approve, "Cookie", lead).statusCode());
        String viewerPage = page(colleague, "");
        assertTrue(viewerPage.contains(" · Viewer</p>"));
        assertTrue(viewerPage.contains("\">Cyclone</td>"), "a viewer reads the workspace");
        assertTrue(viewerPage.contains("id=\"read-only\""));
        assertFalse(viewerPage.contains("id=\"risk-form\""), "and gets no form to change it");

        assertEquals(302, Http.get(portal.url(PAGE)).statusCode(), "anonymous visitors are sent to sign in");
    }
}
