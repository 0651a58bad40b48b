package org.iclei.africa.resilient.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iclei.africa.resilient.support.Http;
import org.iclei.africa.resilient.support.PortalServer;
import org.iclei.africa.resilient.support.RequiresDatabase;
import org.iclei.africa.resilient.support.ToolClient;
import org.junit.jupiter.api.Test;

/**
 * The member's language on the shared portal, black-box: the account's language drives the pages after signing in
 * (no {@code lang} cookie is ever sent), the switch and My account change it, the CSV files and the history speak it.
 */
@RequiresDatabase
class TranslationIT {

    private static final String RISKS = "/tool/steps/impacts-and-risks";
    private static final String STEP1 = "/tool/steps/getting-started";

    private final PortalServer portal = PortalServer.get();

    private static String member(String municipality, String language) {
        String email = ToolClient.register(ToolClient.newEmail(), "Membre de " + municipality, municipality, null, language);
        return ToolClient.signIn(email, ToolClient.PASSWORD);
    }

    /** GET with the session cookie only, and a browser that prefers English: only the account can make it another language. */
    private String page(String session, String path) {
        HttpResponse<String> response = Http.get(portal.url(path), "Cookie", session, "Accept-Language", "en");
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    private void addRisk(String session, String hazard, String sector, int likelihood, int consequence) {
        ToolClient.addRisk(PortalServer.get(), session, hazard, sector, "Maisons inondées, route coupée", likelihood, consequence);
    }

    @Test
    void aMemberWhoseAccountSaysPortugueseSeesPortuguesePagesAfterSigningInAndTheSwitchStillWorks() {
        String session = member("Inhambane " + System.nanoTime(), "pt");
        assertFalse(session.contains("lang="), "only the session cookie is sent");
        String account = page(session, "/account");
        assertTrue(account.contains("lang=\"pt\""), "the page is in Portuguese");
        assertTrue(account.contains("A minha conta"), account);
        String risks = page(session, RISKS);
        assertTrue(risks.contains("lang=\"pt\"") && risks.contains("Impactos e riscos"), "the tool too");
        assertTrue(risks.contains("Quase certa") && risks.contains("Catastrófica"), "the scales have their meaning in Portuguese");

        HttpResponse<String> switched = Http.get(portal.url("/language?to=fr&next=/account"), "Cookie", session);
        assertEquals(303, switched.statusCode());
        String french = page(session, "/account");
        assertTrue(french.contains("lang=\"fr\"") && french.contains("Mon compte"), "the switch changes the session's language");
    }

    @Test
    void changingTheLanguageInMyAccountAppliesAtOnce() {
        String session = member("Xai-Xai " + System.nanoTime(), "en");
        String account = page(session, "/account");
        assertTrue(account.contains("lang=\"en\"") && account.contains("My account"));
        String fullName = attribute(account, "fullName");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("profile", "profile");
        form.put("fullName", fullName);
        form.put("jobTitle", "Planner");
        form.put("phone", "");
        form.put("preferredLanguage", "pt");
        form.put("save-profile", "x");
        HttpResponse<String> saved = ToolClient.postFrom(session, "/account", account, form);
        assertEquals(200, saved.statusCode());
        assertTrue(saved.body().contains("lang=\"pt\""), "the answer to the save is already in Portuguese");
        assertTrue(saved.body().contains("Os seus dados foram guardados."), saved.body());
        assertTrue(page(session, RISKS).contains("Impactos e riscos"), "and so are the next pages");
    }

    @Test
    void theCsvOfAFrenchMemberHasFrenchHeadersValuesAndSemicolons() {
        String session = member("Bouaké " + System.nanoTime(), "fr");
        addRisk(session, "Inondation du marché", "INFORMAL_SETTLEMENTS", 4, 3);
        HttpResponse<String> csv = Http.get(portal.url("/tool/export/risks.csv"), "Cookie", session, "Accept-Language", "en");
        assertEquals(200, csv.statusCode());
        String body = csv.body();
        assertEquals('\ufeff', body.charAt(0), "UTF-8 with a byte-order mark");
        List<String> lines = body.substring(1).lines().toList();
        assertTrue(lines.get(0).startsWith("\"Aléa\";\"Secteur ou système\";\"Impact\";\"Probabilité\";"), lines.get(0));
        assertTrue(lines.get(0).contains(";\"Relève du mandat du conseil\""), lines.get(0));
        assertEquals("\"Inondation du marché\";\"Quartiers informels\";\"Maisons inondées, route coupée\";\"4\";\"Probable\";\"3\";\"Modérée\";\"12\";\"Élevé\";\"Oui\"",
                lines.get(1));
        assertFalse(body.contains("Informal settlements") || body.contains("High") || body.contains("Yes"), body);
    }

    @Test
    void aFormulaTypedIntoAFieldReachesNoSpreadsheetInFrenchOrEnglish() {
        String french = member("Mopti " + System.nanoTime(), "fr");
        ToolClient.addRisk(PortalServer.get(), french, "Ops;=1+1", "WATER", "@SUM(A1); -2+3, =HYPERLINK(\"http://x\")", 4, 3);
        String line = Http.get(portal.url("/tool/export/risks.csv"), "Cookie", french).body().lines()
                .filter(l -> l.contains("Ops;")).findFirst().orElseThrow();
        assertTrue(line.startsWith("\"Ops;'=1+1\";"), "French spreadsheets split on ; and never see =1+1 as a formula: " + line);
        assertTrue(line.contains(";\"'@SUM(A1); '-2+3, '=HYPERLINK(\"\"http://x\"\")\";"), line);

        String english = member("Kayes " + System.nanoTime(), "en");
        ToolClient.addRisk(PortalServer.get(), english, "Ops,=1+1", "WATER", "+27 21 555", 4, 3);
        String englishLine = Http.get(portal.url("/tool/export/risks.csv"), "Cookie", english).body().lines()
                .filter(l -> l.contains("Ops,")).findFirst().orElseThrow();
        assertTrue(englishLine.startsWith("\"Ops,'=1+1\",") && englishLine.contains(",\"'+27 21 555\","), englishLine);
    }

    @Test
    void theHistoryOnTheRisksPageRendersLabelsNotCodes() {
        String session = member("Korhogo " + System.nanoTime(), "fr");
        addRisk(session, "Épidémie de choléra", "HEALTH", 2, 5);
        ToolClient.postFrom(session, STEP1, page(session, STEP1), ToolClient.row("stakeholders", null, null,
                "organisation", "Association des femmes du marché", "group", "community", "influence", "3", "interest", "5"));
        String step1 = page(session, STEP1);
        Matcher edit = Pattern.compile("\\?edit=(\\d+)").matcher(step1);
        assertTrue(edit.find(), "the stakeholder row is saved");
        String editPage = page(session, STEP1 + "?edit=" + edit.group(1));
        Matcher version = Pattern.compile("name=\"rowVersion\" value=\"(\\d+)\"").matcher(editPage);
        assertTrue(version.find());
        ToolClient.postFrom(session, STEP1, editPage, ToolClient.row("stakeholders", edit.group(1), version.group(1),
                "organisation", "Association des femmes du marché", "group", "research", "influence", "3", "interest", "5"));

        String checks = page(session, STEP1);
        Matcher item = Pattern.compile("name=\"checked\" value=\"(\\d+)\" id=\"check-\\d+\"[^>]*>\\s*([^<]+?)\\s*</label>").matcher(checks);
        assertTrue(item.find(), "a check item");
        Map<String, String> tick = new LinkedHashMap<>();
        tick.put("checks-form", "checks-form");
        tick.put("checked", item.group(1));
        tick.put("save-checks", "x");
        assertEquals(302, ToolClient.postFrom(session, STEP1, checks, tick).statusCode());

        String risks = page(session, RISKS);
        String history = risks.substring(risks.indexOf("id=\"recent-changes\""));
        history = history.substring(0, history.indexOf("</ul>"));
        assertTrue(history.contains("Épidémie de choléra / Santé: 2×5 = 10"), history);
        assertTrue(history.contains("Groupe: Communauté → Recherche"), history);
        assertTrue(history.contains("coché · ") && history.contains(": " + item.group(2) + "</li>"), "the check item in French: " + history);
        assertFalse(history.contains("HEALTH") || history.contains("community") || history.contains("{"), history);
        assertTrue(Pattern.compile("\\d{1,2} \\p{L}+ \\d{4} à \\d{2}:\\d{2}").matcher(history).find(), "24-hour times in French: " + history);
        assertFalse(history.contains("AM") || history.contains("PM"), history);
    }

    private static String attribute(String page, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*value=\"([^\"]*)\"").matcher(page);
        assertTrue(m.find(), id);
        return m.group(1);
    }
}
