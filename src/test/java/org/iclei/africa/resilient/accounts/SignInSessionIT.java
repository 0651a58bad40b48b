package org.iclei.africa.resilient.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.iclei.africa.resilient.support.Http;
import org.iclei.africa.resilient.support.PortalServer;
import org.iclei.africa.resilient.support.RequiresDatabase;
import org.iclei.africa.resilient.support.ToolClient;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, defect 10: the session a wrong password leaves behind is still nobody's — every protected URL sends
 * it to sign in (never an empty 200) — and the session cookie is {@code HttpOnly} and {@code SameSite=Lax}.
 */
@RequiresDatabase
class SignInSessionIT {

    static final List<String> PROTECTED = List.of("/account", "/tool/members", "/tool/steps/getting-started",
            "/tool/steps/impacts-and-risks", "/tool/steps/action-plan", "/tool/report", "/tool/report.pdf", "/tool/export/risks.csv");

    private final PortalServer portal = PortalServer.get();

    @Test
    void aWrongPasswordLeavesASessionThatIsSentToSignInEverywhere() {
        String email = ToolClient.register(ToolClient.newEmail(), "Wrong password", "Inhambane " + System.nanoTime(), null);
        // the session starts where a visitor's does: a protected page remembered, then the sign-in form
        HttpResponse<String> asked = Http.get(portal.url("/tool/members"));
        assertEquals(302, asked.statusCode());
        String session = sessionCookie(asked);
        HttpResponse<String> wrong = signIn(session, email, "not-the-password-1");
        assertEquals(200, wrong.statusCode(), "the form again, with its message");
        session = Http.sessionCookies(wrong).orElse(session);
        for (String path : PROTECTED) {
            HttpResponse<String> response = Http.get(portal.url(path), "Cookie", session);
            assertEquals(302, response.statusCode(), path + " answered " + response.statusCode() + " with " + response.body().length() + " characters");
            assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/login"), path);
        }
        // and a wrong password in a fresh session too
        String fresh = sessionCookieOrNull(signIn(null, email, "not-the-password-2"));
        for (String path : PROTECTED) {
            HttpResponse<String> response = fresh == null ? Http.get(portal.url(path)) : Http.get(portal.url(path), "Cookie", fresh);
            assertEquals(302, response.statusCode(), path + " after a wrong password in a new session");
        }
        // the right password still works afterwards
        assertEquals(302, signIn(session, email, ToolClient.PASSWORD).statusCode());
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        HttpResponse<String> asked = Http.get(portal.url("/account"));
        String cookie = asked.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("a session for the page that asked for sign-in: " + asked.headers().map()));
        assertTrue(cookie.matches("(?i).*;\\s*SameSite=Lax(;.*|$)"), cookie);
        assertTrue(cookie.matches("(?i).*;\\s*HttpOnly(;.*|$)"), cookie);

        String email = ToolClient.register(ToolClient.newEmail(), "Cookie", "Inhambane " + System.nanoTime(), null);
        HttpResponse<String> signedIn = signIn(null, email, ToolClient.PASSWORD);
        assertEquals(302, signedIn.statusCode());
        String renewed = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow();
        assertTrue(renewed.matches("(?i).*;\\s*SameSite=Lax(;.*|$)"), "after sign-in (new session id): " + renewed);
        assertTrue(renewed.matches("(?i).*;\\s*HttpOnly(;.*|$)"), renewed);
    }

    private HttpResponse<String> signIn(String session, String email, String password) {
        return session == null ? ToolClient.signInResponse(portal, email, password, "X-Forwarded-For", "198.18.13.10")
                : ToolClient.signInResponse(portal, email, password, "Cookie", session, "X-Forwarded-For", "198.18.13.10");
    }

    private static String sessionCookie(HttpResponse<String> response) {
        String cookie = sessionCookieOrNull(response);
        assertTrue(cookie != null, "a session cookie: " + response.headers().map());
        return cookie;
    }

    private static String sessionCookieOrNull(HttpResponse<String> response) {
        return Http.sessionCookies(response).orElse(null);
    }
}
