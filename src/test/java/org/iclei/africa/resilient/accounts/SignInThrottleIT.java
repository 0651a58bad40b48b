package org.iclei.africa.resilient.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.iclei.africa.resilient.support.Http;
import org.iclei.africa.resilient.support.PortalServer;
import org.iclei.africa.resilient.support.RequiresDatabase;
import org.iclei.africa.resilient.support.ToolClient;
import org.junit.jupiter.api.Test;

/**
 * Sign-in throttling behind a proxy (the shared portal runs with {@code PORTAL_TRUST_PROXY=true}): the client is the
 * right-most {@code X-Forwarded-For} entry, so what a client writes on the left does not escape the limit; a guesser's
 * failures never refuse another account's owner who types the right password from the same address; the guesser is
 * told how long to wait.
 */
@RequiresDatabase
class SignInThrottleIT {

    private final PortalServer portal = PortalServer.get();

    /** A network of its own for each test run, so that runs never share a lock. */
    private static String proxyAdded() {
        long n = System.nanoTime();
        return "198.51." + (n / 256 % 200 + 1) + "." + (n % 256);
    }

    private HttpResponse<String> signIn(String email, String password, String forwardedFor) {
        Map<String, String> login = new LinkedHashMap<>();
        login.put("login", "login");
        login.put("email", email);
        login.put("password", password);
        login.put("sign-in", "x");
        login.put("jakarta.faces.ViewState", "stateless");
        return Http.postForm(portal.url("/login"), login, "X-Forwarded-For", forwardedFor);
    }

    @Test
    void writingAnotherFirstEntryDoesNotEscapeTheLimitOfTheAddress() {
        String proxyAdded = proxyAdded();
        String last = "";
        for (int i = 1; i <= 6; i++) {
            // a different unknown account each time (no account lock), a different made-up first entry each time
            last = signIn("nobody." + System.nanoTime() + "@example.org", "wrong-password-" + i, "1.2.3." + i + ", " + proxyAdded).body();
        }
        assertTrue(last.contains("Too many failed attempts"), "the address the proxy added is the one counted: " + last);
        String elsewhere = signIn("nobody." + System.nanoTime() + "@example.org", "wrong-password", "1.2.3.1, " + proxyAdded() + "9").body();
        assertTrue(elsewhere.contains("The e-mail address or the password is not right."), "another address is not locked");
    }

    @Test
    void aGuesserOfOneAccountNeitherLocksOutTheOwnerOfAnotherNorSignsInAndIsToldHowLongToWait() {
        String guessed = ToolClient.register(ToolClient.newEmail(), "Guessed Person", "Throttle Town " + System.nanoTime(), null);
        String owner = ToolClient.register(ToolClient.newEmail(), "Owner Person", "Throttle Town " + System.nanoTime(), null);
        String office = proxyAdded();
        for (int i = 1; i <= 4; i++) {
            assertTrue(signIn(guessed, "wrong-password-" + i, office).body().contains("The e-mail address or the password is not right."));
        }
        String fifth = signIn(guessed, "wrong-password-5", office).body();
        assertTrue(fifth.contains("Too many failed attempts. Please wait 15 minutes"), fifth);

        HttpResponse<String> colleague = signIn(owner, ToolClient.PASSWORD, office);
        assertEquals(302, colleague.statusCode(), "the right password of another account from the same address is accepted");
        assertTrue(colleague.headers().firstValue("Location").orElse("").endsWith("/tool"));

        String wrongFromThere = signIn(owner, "still-wrong-password", office).body();
        assertTrue(wrongFromThere.contains("Too many failed attempts"), "wrong passwords from the locked address wait");
        HttpResponse<String> guessedOwner = signIn(guessed, ToolClient.PASSWORD, proxyAdded());
        assertEquals(200, guessedOwner.statusCode(), "the guessed account itself stays locked, from anywhere");
        assertTrue(guessedOwner.body().contains("Please wait 15 minutes"), guessedOwner.body());
    }
}
