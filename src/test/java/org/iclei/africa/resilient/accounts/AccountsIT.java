package org.iclei.africa.resilient.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iclei.africa.resilient.support.Http;
import org.iclei.africa.resilient.support.MailServer;
import org.iclei.africa.resilient.support.Poll;
import org.iclei.africa.resilient.support.PortalServer;
import org.iclei.africa.resilient.support.RequiresDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Accounts end to end on the shared portal, with its mail going to a real SMTP server (GreenMail):
 * register, confirm by the mailed link, sign in, see the trial, sign out; neutral answers; password
 * rules; throttling; password reset; e-mail change; an SMTP outage.
 */
@RequiresDatabase
class AccountsIT {

    static final String PASSWORD = "baobab-under-rain-42";
    static final Duration MAIL_WAIT = Duration.ofSeconds(30);

    private final PortalServer portal = PortalServer.get();

    static String unique(String name) {
        return name + "." + System.nanoTime() + "@example.org";
    }

    private HttpResponse<String> register(String email, String password, String language, String client) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("register", "register");
        form.put("fullName", "Tester " + language);
        form.put("email", email);
        form.put("jobTitle", "Climate officer");
        form.put("municipality", "Walvis Bay");
        form.put("country", "NA");
        form.put("phone", "+264 64 201 3111");
        form.put("password", password);
        form.put("passwordConfirm", password);
        form.put("language", language);
        form.put("consent", "on");
        form.put("create", "x");
        form.put("jakarta.faces.ViewState", "stateless");
        return Http.postForm(portal.url("/register"), form, "Cookie", "lang=" + language, "X-Forwarded-For", client);
    }

    /** Signs in; returns the session cookie, or empty with the page when refused. */
    private Optional<String> signIn(String email, String password, String client, StringBuilder page) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("email", email);
        form.put("password", password);
        form.put("sign-in", "x");
        form.put("jakarta.faces.ViewState", "stateless");
        HttpResponse<String> response = Http.postForm(portal.url("/login"), form, "X-Forwarded-For", client);
        page.append(response.body());
        if (response.statusCode() == 302 && response.headers().firstValue("Location").orElse("").endsWith("/tool")) {
            return Optional.of(Http.sessionCookies(response).orElseThrow());
        }
        return Optional.empty();
    }

    private String registered(String email, String language) {
        assertTrue(register(email, PASSWORD, language, "203.0.113.10").body().contains("id=\"register-sent\""));
        MailServer.Mail mail = MailServer.await(email, "", MAIL_WAIT);
        return Http.get(mail.link("/account/confirm")).body();
    }

    @ParameterizedTest
    @CsvSource({"en, Confirm your e-mail address, Free trial of your municipality’s workspace until",
                "fr, Confirmez votre adresse e-mail, Essai gratuit de l’espace de travail de votre municipalité jusqu’au",
                "pt, Confirme o seu endereço de e-mail, Período experimental gratuito do espaço de trabalho do seu município até"})
    void registerConfirmSignInSeeTheTrialAndSignOut(String language, String subject, String trialText) {
        String email = unique("new-" + language);
        assertTrue(register(email, PASSWORD, language, "203.0.113.11").body().contains("id=\"register-sent\""));
        MailServer.Mail mail = MailServer.await(email, subject, MAIL_WAIT);
        String link = mail.link("/account/confirm");
        assertTrue(link.startsWith(portal.url("/account/confirm?token=")), link);

        StringBuilder refused = new StringBuilder();
        assertTrue(signIn(email, PASSWORD, "203.0.113.12", refused).isEmpty(), "not before confirming");

        String confirmed = Http.get(link, "Cookie", "lang=" + language).body();
        assertTrue(confirmed.contains("data-result=\"CONFIRMED\""), confirmed);
        assertTrue(Http.get(link).body().contains("data-result=\"ALREADY_CONFIRMED\""), "a link works once");

        String session = signIn(email, PASSWORD, "203.0.113.12", new StringBuilder()).orElseThrow();
        String account = Http.get(portal.url("/account"), "Cookie", session + "; lang=" + language).body();
        assertTrue(account.contains("data-state=\"TRIAL\""), account);
        assertTrue(account.contains(trialText), "the trial's end date in " + language);

        HttpResponse<String> out = Http.postForm(portal.url("/logout"), Map.of(), "Cookie", session);
        assertEquals(302, out.statusCode());
        HttpResponse<String> after = Http.get(portal.url("/account"), "Cookie", session);
        assertEquals(302, after.statusCode(), "signed out: the account page asks for sign-in again");
        assertTrue(after.headers().firstValue("Location").orElse("").contains("/login"));
    }

    @Test
    void memberAndAdministratorZonesAskForSignInButTheToolPageIsPublic() {
        assertEquals(200, Http.get(portal.url("/tool")).statusCode());
        for (String path : new String[] {"/tool/steps/1", "/account", "/admin/accounts"}) {
            HttpResponse<String> response = Http.get(portal.url(path));
            assertEquals(302, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/login"), path);
        }
        String email = unique("zones");
        registered(email, "en");
        String session = signIn(email, PASSWORD, "203.0.113.60", new StringBuilder()).orElseThrow();
        assertEquals(200, Http.get(portal.url("/account"), "Cookie", session).statusCode());
        HttpResponse<String> forbidden = Http.get(portal.url("/admin/accounts"), "Cookie", session);
        assertEquals(403, forbidden.statusCode(), "members are not administrators");
        assertTrue(forbidden.body().contains("This page is not for your account"), "the styled 403 page");
    }

    @Test
    void registeringAnAddressTwiceAnswersTheSameAndWarnsItsOwner() {
        String email = unique("twice");
        registered(email, "en");
        HttpResponse<String> again = register(email, PASSWORD, "en", "203.0.113.13");
        assertTrue(again.body().contains("id=\"register-sent\""), "the same answer as a new registration");
        MailServer.await(email, "Someone tried to register your address", MAIL_WAIT);
    }

    @Test
    void weakPasswordsAreRefusedWithReasonsAndTheFormIsKept() {
        String email = unique("weak");
        String page = register(email, "Password123", "en", "203.0.113.14").body();
        assertTrue(page.contains("one of the most used"), page);
        assertTrue(page.contains("value=\"" + email + "\""), "the address is kept");
        assertTrue(register(email, "short", "fr", "203.0.113.14").body().contains("au moins 10 caractères"));
        String like = register("nomsa.dlamini@example.org", "nomsa.dlamini-2026", "pt", "203.0.113.14").body();
        assertTrue(like.contains("não pode ser o seu endereço de e-mail"), like);
        assertEquals(0, MailServer.count(email));
    }

    @Test
    void fiveWrongPasswordsPauseSigningInForThatAccount() {
        String email = unique("throttle");
        registered(email, "en");
        for (int i = 1; i <= 4; i++) {
            StringBuilder page = new StringBuilder();
            assertTrue(signIn(email, "wrong-password-" + i, "203.0.113.20", page).isEmpty());
            assertTrue(page.toString().contains("The e-mail address or the password is not right."), page.toString());
        }
        StringBuilder fifth = new StringBuilder();
        signIn(email, "wrong-password-5", "203.0.113.21", fifth);
        assertTrue(fifth.toString().contains("Too many failed attempts"), fifth.toString());
        StringBuilder right = new StringBuilder();
        assertTrue(signIn(email, PASSWORD, "203.0.113.22", right).isEmpty(), "even the right password waits 15 minutes");
        assertTrue(right.toString().contains("Too many failed attempts"));

        StringBuilder unknown = new StringBuilder();
        signIn(unique("nobody"), "whatever-password", "203.0.113.23", unknown);
        assertTrue(unknown.toString().contains("The e-mail address or the password is not right."), "no account discovery");
    }

    @Test
    void aResetLinkWorksOnceAndEndsTheOtherSessions() {
        String email = unique("reset");
        registered(email, "en");
        String oldSession = signIn(email, PASSWORD, "203.0.113.30", new StringBuilder()).orElseThrow();

        Map<String, String> forgot = new LinkedHashMap<>();
        forgot.put("forgot", "forgot");
        forgot.put("email", email);
        forgot.put("send", "x");
        forgot.put("jakarta.faces.ViewState", "stateless");
        assertTrue(Http.postForm(portal.url("/account/forgot"), forgot).body().contains("id=\"forgot-sent\""));
        String link = MailServer.await(email, "Reset your Resilient Africa password", MAIL_WAIT).link("/account/reset");
        String token = link.substring(link.indexOf("token=") + 6);

        Map<String, String> reset = new LinkedHashMap<>();
        reset.put("reset", "reset");
        reset.put("token", token);
        reset.put("password", "acacia-in-the-wind-77");
        reset.put("save", "x");
        reset.put("jakarta.faces.ViewState", "stateless");
        assertTrue(Http.postForm(link, reset).body().contains("id=\"reset-done\""));
        assertTrue(Http.get(link).body().contains("id=\"reset-invalid\""), "the link works once");

        HttpResponse<String> old = Http.get(portal.url("/account"), "Cookie", oldSession);
        assertEquals(302, old.statusCode(), "the session from before the reset has ended");
        assertTrue(signIn(email, PASSWORD, "203.0.113.31", new StringBuilder()).isEmpty(), "the old password is gone");
        assertTrue(signIn(email, "acacia-in-the-wind-77", "203.0.113.31", new StringBuilder()).isPresent());

        Map<String, String> unknown = new LinkedHashMap<>(forgot);
        unknown.put("email", unique("nobody"));
        assertTrue(Http.postForm(portal.url("/account/forgot"), unknown).body().contains("id=\"forgot-sent\""), "neutral answer");
    }

    @Test
    void anEmailChangeIsConfirmedFromTheNewAddress() {
        String email = unique("change");
        String newEmail = unique("changed");
        registered(email, "en");
        String session = signIn(email, PASSWORD, "203.0.113.40", new StringBuilder()).orElseThrow();
        String answer = postOnAccountPage(session, "email-form", "change-email", "newEmail", newEmail, "emailPassword", PASSWORD);
        assertTrue(answer.contains("If no other account uses this address, a confirmation link has been sent to it."), answer);

        String link = MailServer.await(newEmail, "Confirm your new e-mail address", MAIL_WAIT).link("/account/email");
        assertTrue(Http.get(link).body().contains("id=\"email-changed\""));
        assertTrue(signIn(newEmail, PASSWORD, "203.0.113.41", new StringBuilder()).isPresent());
        assertTrue(signIn(email, PASSWORD, "203.0.113.42", new StringBuilder()).isEmpty());
    }

    @Test
    void theAccountPageSavesTheProfileAndChangesThePasswordByThePolicy() {
        String email = unique("profile");
        registered(email, "en");
        String session = signIn(email, PASSWORD, "203.0.113.45", new StringBuilder()).orElseThrow();
        String saved = postOnAccountPage(session, "profile", "save-profile", "fullName", "Amina K. Diallo", "jobTitle", "Planner",
                "phone", "+221 33 000 00 00", "preferredLanguage", "en");
        assertTrue(saved.contains("Your details are saved."), saved);
        assertTrue(saved.contains("Amina K. Diallo"));

        String tooShort = postOnAccountPage(session, "password-form", "change-password", "currentPassword", PASSWORD, "newPassword", "short");
        assertTrue(tooShort.contains("The password must have at least 10 characters."), tooShort);
        String wrong = postOnAccountPage(session, "password-form", "change-password", "currentPassword", "not-my-password",
                "newPassword", "jacaranda-in-bloom-31");
        assertTrue(wrong.contains("The current password is not right."), wrong);
        String changed = postOnAccountPage(session, "password-form", "change-password", "currentPassword", PASSWORD,
                "newPassword", "jacaranda-in-bloom-31");
        assertTrue(changed.contains("Your password is changed."), changed);
        assertTrue(signIn(email, "jacaranda-in-bloom-31", "203.0.113.46", new StringBuilder()).isPresent());
    }

    /** Posts one form of the signed-in /account page ({@code fields} as name, value, …) and returns the answer. */
    private String postOnAccountPage(String session, String form, String button, String... fields) {
        String page = Http.get(portal.url("/account"), "Cookie", session).body();
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(state.find(), "view state of the account page");
        Map<String, String> post = new LinkedHashMap<>();
        post.put(form, form);
        for (int i = 0; i < fields.length; i += 2) {
            post.put(fields[i], fields[i + 1]);
        }
        post.put(button, "x");
        post.put("jakarta.faces.ViewState", state.group(1));
        return Http.postForm(portal.url("/account"), post, "Cookie", session).body();
    }

    @Test
    void withSmtpDownTheRegistrationSucceedsAndTheMailFollowsLater() {
        String email = unique("outage");
        MailServer.stop();
        try {
            assertTrue(register(email, PASSWORD, "en", "203.0.113.50").body().contains("id=\"register-sent\""));
            Poll.until("a failed delivery to " + email, MAIL_WAIT, () -> portal.log().contains(" to " + email + " not sent"));
        } finally {
            MailServer.start();
        }
        assertEquals(0, MailServer.count(email), "nothing could be delivered while SMTP was down");
        MailServer.Mail mail = MailServer.await(email, "Confirm your e-mail address", Duration.ofSeconds(60));
        assertTrue(Http.get(mail.link("/account/confirm")).body().contains("data-result=\"CONFIRMED\""));
    }
}
