package org.iclei.africa.resilient.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Members of the shared test portal, as HTTP sessions: registered and confirmed through the real pages
 * and e-mails, signed in through the login form. Pages are read and forms posted as a browser would.
 */
public final class ToolClient {

    public static final String PASSWORD = "mangrove-roots-hold-77";

    private ToolClient() {
    }

    private static PortalServer portal() {
        return PortalServer.get();
    }

    /** A fresh address for a new account. */
    public static String newEmail() {
        return "tool." + System.nanoTime() + "@example.org";
    }

    /** Registers (optionally through an invitation link) and confirms an account; returns its e-mail address. */
    public static String register(String email, String fullName, String municipality, String invitation) {
        return register(email, fullName, municipality, invitation, "en");
    }

    /** The same, for an account whose language (chosen on the form, as in My account) is {@code language}. */
    public static String register(String email, String fullName, String municipality, String invitation, String language) {
        return register(portal(), email, fullName, municipality, invitation, language);
    }

    /** The same on a given portal (e.g. a separate one). */
    public static String register(PortalServer server, String email, String fullName, String municipality, String invitation, String language) {
        HttpResponse<String> sent = postRegistration(server, email, fullName, municipality, invitation, language, "198.18.0.1");
        assertTrue(sent.body().contains("register-sent"));
        String link = MailServer.await(email, "Confirm", Duration.ofSeconds(30)).link("/account/confirm");
        assertTrue(Http.get(link).body().contains("CONFIRMED"));
        return email;
    }

    /** Posts the registration form (optionally through an invitation link) from {@code client}, without confirming. */
    public static HttpResponse<String> postRegistration(PortalServer server, String email, String fullName, String municipality,
            String invitation, String language, String client) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("register", "register");
        if (invitation != null) {
            form.put("invitation", invitation);
        }
        form.put("fullName", fullName);
        form.put("email", email);
        form.put("jobTitle", "Planner");
        form.put("municipality", municipality);
        form.put("country", "MZ");
        form.put("password", PASSWORD);
        form.put("passwordConfirm", PASSWORD);
        form.put("language", language);
        form.put("consent", "on");
        form.put("create", "x");
        form.put("jakarta.faces.ViewState", "stateless");
        String path = invitation == null ? "/register" : "/register?invitation=" + invitation;
        return Http.postForm(server.url(path), form, "X-Forwarded-For", client);
    }

    /** Registers and confirms a member of {@code municipality} (country MZ) and returns a signed-in session cookie. */
    public static String member(String municipality) {
        return signIn(register(newEmail(), "Member of " + municipality, municipality, null), PASSWORD);
    }

    public static String signIn(String email, String password) {
        return signIn(portal(), email, password);
    }

    public static String signIn(PortalServer server, String email, String password) {
        HttpResponse<String> response = signInResponse(server, email, password);
        assertEquals(302, response.statusCode(), response.body());
        return Http.sessionCookies(response).orElseThrow();
    }

    /** Posts the sign-in form (302 when it worked, 200 with a message when refused). */
    public static HttpResponse<String> signInResponse(PortalServer server, String email, String password) {
        return signInResponse(server, email, password, "X-Forwarded-For", "198.18.0.2");
    }

    /** The same with request headers of one's own (e.g. the {@code Cookie} of a session that started before). */
    public static HttpResponse<String> signInResponse(PortalServer server, String email, String password, String... headers) {
        return Http.postForm(server.url("/login"), signInForm(email, password), headers);
    }

    /** The sign-in form's fields, as /login posts them (a stateless view). */
    public static Map<String, String> signInForm(String email, String password) {
        Map<String, String> login = new LinkedHashMap<>();
        login.put("login", "login");
        login.put("email", email);
        login.put("password", password);
        login.put("sign-in", "x");
        login.put("jakarta.faces.ViewState", "stateless");
        return login;
    }

    /**
     * The lead of {@code leadSession} invites {@code email} with {@code role} from /tool/members; returns the token of the
     * mailed registration link.
     */
    public static String invite(String leadSession, String email, String role) {
        Map<String, String> invite = new LinkedHashMap<>();
        invite.put("invite-form", "invite-form");
        invite.put("inviteEmail", email);
        invite.put("inviteRole", role);
        invite.put("send-invitation", "x");
        assertEquals(302, post(leadSession, "/tool/members", invite).statusCode());
        String link = MailServer.await(email, "invited", Duration.ofSeconds(30)).link("/register?invitation=");
        return link.substring(link.indexOf("invitation=") + "invitation=".length());
    }

    /** A password the portal printed once in its log, e.g. for {@code admin@localhost} or the demo lead. */
    public static String loggedPassword(String email) {
        return loggedPassword(portal(), email);
    }

    public static String loggedPassword(PortalServer server, String email) {
        Matcher m = Pattern.compile(Pattern.quote(email) + " with the password (\\S+)").matcher(server.log());
        String password = null;
        while (m.find()) {
            password = m.group(1); // the log file keeps earlier runs: the last start's password counts
        }
        assertTrue(password != null, "the log names the password of " + email);
        return password;
    }

    /** GET as the session (null: anonymous), without following redirects. */
    public static HttpResponse<String> get(String session, String path) {
        return session == null ? Http.get(portal().url(path)) : Http.get(portal().url(path), "Cookie", session);
    }

    /** The page, which must answer 200. */
    public static String page(String session, String path) {
        return page(portal(), session, path);
    }

    /** The page of a given portal (e.g. a separate one), which must answer 200. */
    public static String page(PortalServer server, String session, String path) {
        HttpResponse<String> response = session == null ? Http.get(server.url(path)) : Http.get(server.url(path), "Cookie", session);
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    public static String viewState(String page) {
        Matcher m = Pattern.compile("name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(m.find(), "a form on the page");
        return m.group(1);
    }

    /** Posts {@code fields} to the page at {@code path}, with the view state of the page as the session sees it now. */
    public static HttpResponse<String> post(String session, String path, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("jakarta.faces.ViewState", viewState(page(session, path)));
        return Http.postForm(portal().url(path), form, "Cookie", session);
    }

    /** Posts a form that was shown on {@code page} (its view state), as after filling it in. */
    public static HttpResponse<String> postFrom(String session, String path, String page, Map<String, String> fields) {
        return postFrom(portal(), session, path, page, fields);
    }

    /** The same on a given portal (e.g. a separate one). */
    public static HttpResponse<String> postFrom(PortalServer server, String session, String path, String page, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("jakarta.faces.ViewState", viewState(page));
        return Http.postForm(server.url(path), form, "Cookie", session);
    }

    /**
     * Adds a risk on step 3 as {@code session} (impact given, within the mandate) and returns its id, read from the
     * checkbox that step 5 offers for it.
     */
    public static String addRisk(String session, String hazard, String sector, int likelihood, int consequence) {
        return addRisk(portal(), session, hazard, sector, likelihood, consequence);
    }

    /** The same, on {@code server}. */
    public static String addRisk(PortalServer server, String session, String hazard, String sector, int likelihood, int consequence) {
        return addRisk(server, session, hazard, sector, "Homes and roads flooded; people displaced.", likelihood, consequence);
    }

    /** The same, with its impact. */
    public static String addRisk(PortalServer server, String session, String hazard, String sector, String impact, int likelihood,
            int consequence) {
        String risks = "/tool/steps/impacts-and-risks";
        assertEquals(302, postFrom(server, session, risks, page(server, session, risks),
                riskForm(hazard, sector, impact, likelihood, consequence)).statusCode(), "the risk is saved");
        return riskId(page(server, session, "/tool/steps/adaptation-options"), hazard);
    }

    /** The fields of step 3's form for a new risk within the mandate (without the view state). */
    public static Map<String, String> riskForm(String hazard, String sector, String impact, int likelihood, int consequence) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("risk-form", "risk-form");
        form.put("riskId", "");
        form.put("riskVersion", "");
        form.put("hazard", hazard);
        form.put("sector", sector);
        form.put("impact", impact);
        form.put("likelihood", String.valueOf(likelihood));
        form.put("consequence", String.valueOf(consequence));
        form.put("withinMandate", "on");
        form.put("save-risk", "x");
        return form;
    }

    /** Adds an option on step 5 as {@code session}, answering the risks given by id, and returns its id. */
    public static String addOption(String session, String name, String... riskIds) {
        return addOption(portal(), session, name, riskIds);
    }

    /** The same, on {@code server}. */
    public static String addOption(PortalServer server, String session, String name, String... riskIds) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("option-form", "option-form");
        form.put("optionId", "");
        form.put("optionVersion", "");
        form.put("optionName", name);
        form.put("riskIds", Http.many(riskIds));
        form.put("riskNote", "");
        form.put("optionType", "NO_REGRET");
        form.put("leadDepartment", "Roads and stormwater");
        form.put("buildsOn", "");
        form.put("save-option", "x");
        String options = "/tool/steps/adaptation-options";
        assertEquals(302, postFrom(server, session, options, page(server, session, options), form).statusCode(), "the option is saved");
        Matcher id = Pattern.compile("<tr id=\"option-(\\d+)\"><td[^>]*>" + Pattern.quote(name) + "</td>").matcher(page(server, session, options));
        assertTrue(id.find(), "step 5 lists the option " + name);
        return id.group(1);
    }

    /** The fields of an action of step 7 that carries out the option {@code optionId} (empty: none chosen). */
    public static Map<String, String> action(String optionId, String text, String start, String end) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("action-form", "action-form");
        form.put("actionId", "");
        form.put("actionVersion", "");
        form.put("optionId", optionId);
        form.put("actionText", text);
        form.put("objective", "Fewer homes flooded");
        form.put("department", "Roads and stormwater");
        form.put("partners", "");
        form.put("budget", "12000");
        form.put("fundingSource", "");
        form.put("startDate", start);
        form.put("endDate", end);
        form.put("municipalPlan", "IDP 2027-2031");
        form.put("actionStatus", "PLANNED");
        form.put("save-action", "x");
        return form;
    }

    /** The id of the risk that the options form of step 5 ({@code page}) offers under {@code hazard}. */
    public static String riskId(String page, String hazard) {
        Matcher m = Pattern.compile("<input[^>]*name=\"riskIds\"[^>]*value=\"(\\d+)\"[^>]*>\\s*<label[^>]*>\\s*" + Pattern.quote(hazard) + " · ")
                .matcher(page);
        assertTrue(m.find(), "step 5 offers the risk " + hazard);
        return m.group(1);
    }

    /**
     * Posts the evidence upload form of a row (WEB-INF/includes/evidence.xhtml) shown on {@code page} — the row opened
     * with {@code ?edit=<row>} — as a browser sends it: multipart, with the file's bytes.
     */
    public static HttpResponse<String> attachEvidence(String session, String path, String page, String kind, String row, String fileName,
            byte[] content) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("evidence-form-" + row, "evidence-form-" + row);
        fields.put("evidenceKind", kind);
        fields.put("evidenceRowId", row);
        fields.put("anchor", "row-" + row);
        fields.put("evidence-attach-" + row, "x");
        fields.put("jakarta.faces.ViewState", viewState(page));
        return Http.postMultipart(portal().url(path), fields, "evidence-file-" + row, fileName, "application/pdf", content, "Cookie", session);
    }

    /** The fields of a generic worksheet form: {@code sheet}, its row id and version, and {@code f.<field>} values. */
    public static Map<String, String> row(String sheet, String rowId, String version, String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("form-" + sheet, "form-" + sheet);
        form.put("sheet", sheet);
        form.put("rowId", rowId == null ? "" : rowId);
        form.put("rowVersion", version == null ? "" : version);
        for (int i = 0; i < pairs.length; i += 2) {
            form.put("f." + pairs[i], pairs[i + 1]);
        }
        form.put("save-" + sheet, "x");
        return form;
    }
}
