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
 * The way through the tool, on the shared portal: signing in leads to the dashboard (or the page that asked for
 * it), the dashboard's "continue" goes to the first step not complete, every step page names the eight steps and
 * ends with previous / next links, steps 5 and 6 are pages of their own, and members are not asked to register.
 */
@RequiresDatabase
class WayThroughIT {

    private static final String[] SLUGS = {"getting-started", "climate-baseline", "impacts-and-risks", "vulnerability",
        "adaptation-options", "prioritisation", "action-plan", "monitoring"};
    private static final String[] SHORT = {"Start", "Climate", "Risks", "Vulnerability", "Options", "Ranking", "Actions", "Monitoring"};
    private static final String[] CRITERIA = {"EFFECTIVENESS", "COST", "TECHNICAL_FEASIBILITY", "INSTITUTIONAL_FEASIBILITY",
        "CO_BENEFITS", "STAKEHOLDER_SUPPORT", "URGENCY"};
    private static final String OPTIONS = "/tool/steps/adaptation-options";
    private static final String RANKING = "/tool/steps/prioritisation";

    private final PortalServer portal = PortalServer.get();

    private HttpResponse<String> postLogin(String email, String cookie, String next) {
        Map<String, String> login = new LinkedHashMap<>();
        login.put("login", "login");
        if (next != null) {
            login.put("next", next);
        }
        login.put("email", email);
        login.put("password", ToolClient.PASSWORD);
        login.put("sign-in", "x");
        login.put("jakarta.faces.ViewState", "stateless");
        return cookie == null
                ? Http.postForm(portal.url("/login"), login, "X-Forwarded-For", "198.18.0.11")
                : Http.postForm(portal.url("/login"), login, "X-Forwarded-For", "198.18.0.11", "Cookie", cookie);
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return Http.sessionCookies(response).orElseThrow();
    }

    @Test
    void signingInLeadsToTheDashboardOrToThePageThatAskedForIt() {
        String email = ToolClient.register(ToolClient.newEmail(), "Awa Traoré", "Sikasso " + System.nanoTime(), null);
        HttpResponse<String> signedIn = postLogin(email, null, null);
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        assertTrue(signedIn.headers().firstValue("Location").orElse("").replaceFirst("#.*$", "").endsWith("/tool"), signedIn.headers().toString());
        String dashboard = ToolClient.page(sessionCookie(signedIn), "/tool");
        assertTrue(dashboard.contains("id=\"continue-step\""), "the dashboard, not the public page");

        HttpResponse<String> asked = Http.get(portal.url("/tool/steps/monitoring"));
        assertEquals(302, asked.statusCode());
        String visitor = sessionCookie(asked);
        Matcher next = Pattern.compile("name=\"next\" value=\"([^\"]*)\"").matcher(Http.get(portal.url("/login"), "Cookie", visitor).body());
        assertTrue(next.find(), "the login form carries the page that asked");
        HttpResponse<String> back = postLogin(email, visitor, next.group(1));
        assertEquals(302, back.statusCode(), back.body());
        assertTrue(back.headers().firstValue("Location").orElse("").replaceFirst("#.*$", "").endsWith("/tool/steps/monitoring"), back.headers().toString());
    }

    private static void complete(String session, String slug) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("step-status-form", "step-status-form");
        form.put("complete-step", "x");
        assertEquals(302, ToolClient.post(session, "/tool/steps/" + slug, form).statusCode(), slug);
    }

    private static String continueLink(String dashboard) {
        Matcher m = Pattern.compile("id=\"continue-step\" data-step=\"(\\d)\" href=\"([^\"]+)\"").matcher(dashboard);
        assertTrue(m.find(), dashboard);
        return m.group(1) + " " + m.group(2);
    }

    @Test
    void theDashboardContinuesAtTheFirstStepNotComplete() {
        String lead = ToolClient.member("Bobo-Dioulasso " + System.nanoTime());
        String dashboard = ToolClient.page(lead, "/tool");
        assertEquals("1 /tool/steps/getting-started", continueLink(dashboard));
        assertTrue(dashboard.contains("Continue: step 1 — Getting started"), dashboard);
        assertTrue(dashboard.contains("id=\"progress-bar\""), "the progress bar of the eight steps");
        assertEquals(8, count(dashboard, "class=\"progress-bar__step "));
        assertTrue(dashboard.contains("class=\"heat-map heat-map--compact\""), "a small heat map");

        complete(lead, "getting-started");
        complete(lead, "climate-baseline");
        complete(lead, "vulnerability");
        dashboard = ToolClient.page(lead, "/tool");
        assertEquals("3 /tool/steps/impacts-and-risks", continueLink(dashboard), "step 4 is complete, step 3 is not");
        assertEquals(3, count(dashboard, "progress-bar__step--COMPLETE"));
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    void everyStepPageNamesTheStepsAndLeadsToItsNeighbours() {
        String lead = ToolClient.member("Kindia " + System.nanoTime());
        for (int i = 0; i < SLUGS.length; i++) {
            String page = ToolClient.page(lead, "/tool/steps/" + SLUGS[i]);
            String nav = page.substring(page.indexOf("id=\"step-nav\""), page.indexOf("</nav>", page.indexOf("id=\"step-nav\"")));
            for (int j = 0; j < SHORT.length; j++) {
                assertTrue(nav.contains("/tool/steps/" + SLUGS[j] + "\""), SLUGS[i] + " links to " + SLUGS[j]);
                assertTrue(nav.contains("<span class=\"step-nav__name\">" + SHORT[j] + "</span>"), SLUGS[i] + " names step " + (j + 1));
            }
            assertEquals(1, count(nav, "aria-current=\"page\""), SLUGS[i]);
            assertTrue(Pattern.compile("href=\"/tool/steps/" + SLUGS[i] + "\" aria-current=\"page\"").matcher(nav).find(), SLUGS[i] + " is current");

            assertEquals(i > 0, page.contains("id=\"previous-step\""), SLUGS[i]);
            if (i > 0) {
                assertTrue(page.contains("id=\"previous-step\" href=\"/tool/steps/" + SLUGS[i - 1] + "\""), SLUGS[i]);
            }
            if (i < SLUGS.length - 1) {
                assertTrue(page.contains("id=\"next-step\" href=\"/tool/steps/" + SLUGS[i + 1] + "\""), SLUGS[i]);
            } else {
                assertFalse(page.contains("id=\"next-step\""), "step 8 is the last");
                assertTrue(page.contains("id=\"back-to-dashboard\" href=\"/tool\""), "step 8 leads back to the dashboard");
            }
        }
    }

    private static Map<String, String> option(String id, String version, String name, String riskId, String... scores) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("option-form", "option-form");
        form.put("optionId", id);
        form.put("optionVersion", version);
        form.put("optionName", name);
        form.put("riskIds", riskId);
        form.put("riskNote", "");
        form.put("optionType", "NO_REGRET");
        form.put("leadDepartment", "Roads and stormwater");
        form.put("buildsOn", "");
        for (int i = 0; i < CRITERIA.length; i++) {
            form.put("score-" + CRITERIA[i], scores.length == 0 ? "" : scores[i]);
        }
        form.put("save-option", "x");
        return form;
    }

    private static String hidden(String page, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*value=\"(\\d*)\"").matcher(page);
        assertTrue(m.find(), id);
        return m.group(1);
    }

    @Test
    void stepsFiveAndSixArePagesOfTheirOwn() {
        String lead = ToolClient.member("Mopti " + System.nanoTime());
        String five = ToolClient.page(lead, OPTIONS);
        assertTrue(five.contains("<title>Adaptation options · "), "step 5's own title");
        assertTrue(five.contains("Step 5 / 8"), "step 5 in the breadcrumb");
        assertFalse(five.contains("5–6"), "no longer 'steps 5–6'");
        assertTrue(five.contains("Add options for the high risks"), "step 5 says its task");
        assertTrue(five.contains("id=\"option-form\""), "step 5 has its own form");
        assertTrue(five.contains("type=\"text\" name=\"optionName\"") || five.contains("name=\"optionName\" type=\"text\"")
                || Pattern.compile("<input[^>]*id=\"optionName\"[^>]*type=\"text\"|<input[^>]*type=\"text\"[^>]*id=\"optionName\"").matcher(five).find(), "a field for the name");

        String six = ToolClient.page(lead, RANKING);
        assertTrue(six.contains("<title>Prioritisation · "), "step 6's own title");
        assertTrue(six.contains("Step 6 / 8"));
        assertTrue(six.contains("Score and rank the options"), "step 6 says its task");
        assertTrue(six.contains("id=\"weights-form\""), "the weights are on step 6");
        assertFalse(six.contains("id=\"option-form\""), "no option to score yet");

        // add on step 5, for a risk of step 3
        String risk = ToolClient.addRisk(lead, "River flooding", "WATER", 4, 4);
        HttpResponse<String> added = ToolClient.post(lead, OPTIONS, option("", "", "Retention ponds", risk));
        assertEquals(302, added.statusCode(), added.body());
        assertTrue(added.headers().firstValue("Location").orElse("").replaceFirst("#.*$", "").endsWith(OPTIONS), "back to step 5");
        Matcher id = Pattern.compile("id=\"score-option-(\\d+)\"").matcher(ToolClient.page(lead, RANKING));
        assertTrue(id.find(), "step 6 offers to score the option");

        // score on step 6
        String scoring = ToolClient.page(lead, RANKING + "?edit=" + id.group(1));
        assertTrue(scoring.contains("id=\"option-form\"") && scoring.contains("Scores of “Retention ponds”"), scoring);
        HttpResponse<String> scored = ToolClient.postFrom(lead, RANKING, scoring,
                option(id.group(1), hidden(scoring, "optionVersion"), "Retention ponds", risk, "5", "4", "3", "3", "3", "3", "3"));
        assertEquals(302, scored.statusCode(), scored.body());
        String before = ToolClient.page(lead, RANKING);
        assertTrue(before.contains("id=\"rank-1\" data-option=\"Retention ponds\""), before);

        // a change of its description on step 5 keeps its scores
        String editing = ToolClient.page(lead, OPTIONS + "?edit=" + id.group(1));
        assertTrue(editing.contains("value=\"Retention ponds\""), "step 5 opens the option");
        Map<String, String> edit = option(id.group(1), hidden(editing, "optionVersion"), "Retention ponds upstream", risk);
        for (String criterion : CRITERIA) {
            edit.remove("score-" + criterion); // step 5 does not post the scores
        }
        assertEquals(302, ToolClient.postFrom(lead, OPTIONS, editing, edit).statusCode());
        String ranking = ToolClient.page(lead, RANKING);
        assertTrue(ranking.contains("id=\"rank-1\" data-option=\"Retention ponds upstream\""), "still scored and ranked");
        assertEquals(rankOneScore(before), rankOneScore(ranking), "the scores are kept");
        assertFalse(rankOneScore(ranking).isBlank());
    }

    private static String rankOneScore(String page) {
        Matcher m = Pattern.compile("id=\"rank-1\"[^>]*>\\s*<td>1</td><td>[^<]*</td>\\s*<td>([^<]*)</td>").matcher(page);
        assertTrue(m.find(), "a ranked option");
        return m.group(1);
    }

    @Test
    void aSignedInMemberIsNotAskedToRegister() {
        String visitorHome = Http.get(portal.url("/")).body();
        assertTrue(visitorHome.contains("id=\"nav-register\""), "visitors see Register");
        assertTrue(visitorHome.contains("id=\"home-register\""), "and the home page's call to register");

        String member = ToolClient.member("Ouagadougou " + System.nanoTime());
        for (String path : new String[] {"/", "/about", "/tool", "/tool?about", "/tool/steps/getting-started", "/account"}) {
            String page = ToolClient.page(member, path);
            assertFalse(page.contains("id=\"nav-register\""), "no Register entry on " + path);
            assertFalse(page.contains("href=\"/register\""), "no call to register on " + path);
        }
    }
}
