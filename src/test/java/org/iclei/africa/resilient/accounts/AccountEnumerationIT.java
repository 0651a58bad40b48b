package org.iclei.africa.resilient.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iclei.africa.resilient.support.MailServer;
import org.iclei.africa.resilient.support.PortalServer;
import org.iclei.africa.resilient.support.RequiresDatabase;
import org.iclei.africa.resilient.support.ToolClient;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, defect 3, on the shared portal: nobody learns which addresses have an account. Registering an existing
 * address answers the same page as a new one, in about the same time (the password is hashed either way), and the
 * e-mail-change form says nothing about taken addresses.
 */
@RequiresDatabase
class AccountEnumerationIT {

    static final int ROUNDS = 5;
    static final Duration MAIL_WAIT = Duration.ofSeconds(30);

    private final PortalServer portal = PortalServer.get();
    private int client = 10;

    @Test
    void registeringAnExistingAddressAnswersTheSamePageInAboutTheSameTime() {
        String warmUp = ToolClient.newEmail();
        register(warmUp);
        register(warmUp); // the first requests of each kind pay for warming up, not counted

        List<Long> created = new ArrayList<>();
        List<Long> existing = new ArrayList<>();
        String newPage = null;
        String existingPage = null;
        String email = null;
        for (int i = 0; i < ROUNDS; i++) {
            email = ToolClient.newEmail();
            long start = System.nanoTime();
            newPage = register(email).body();
            created.add(System.nanoTime() - start);
            start = System.nanoTime();
            existingPage = register(email).body();
            existing.add(System.nanoTime() - start);
        }
        assertEquals(visible(newPage), visible(existingPage), "the same answer for a new and an existing address");
        assertTrue(newPage.contains("id=\"register-sent\""), newPage);
        MailServer.await(email, "Someone tried to register your address", MAIL_WAIT); // the owner is told

        double ratio = (double) median(existing) / median(created);
        assertTrue(ratio > 0.5 && ratio < 2.0, "median time for an existing address / a new one = " + ratio
                + " (existing " + existing + " ns, new " + created + " ns)");
    }

    @Test
    void theEmailChangeFormSaysNothingAboutTakenAddresses() {
        String owner = ToolClient.register(ToolClient.newEmail(), "Curious member", "Enumeration Town", null);
        String taken = ToolClient.register(ToolClient.newEmail(), "Holder of an address", "Enumeration Town", null);
        String free = ToolClient.newEmail();
        String session = ToolClient.signIn(owner, ToolClient.PASSWORD);

        String toTaken = requestEmailChange(session, taken);
        String toFree = requestEmailChange(session, free);
        assertEquals(messages(toFree), messages(toTaken), "the same answer for a taken and a free address");
        assertTrue(toTaken.contains("If no other account uses this address, a confirmation link has been sent to it."), toTaken);
        for (String answer : List.of(toTaken, toFree)) {
            assertFalse(answer.contains("already uses") || answer.toLowerCase().contains("taken"), answer);
        }
        MailServer.await(free, "Confirm your new e-mail address", MAIL_WAIT);
        assertEquals(0, MailServer.count(taken, "Confirm your new e-mail address"), "no link goes to an address that has an account");
    }

    private HttpResponse<String> register(String email) {
        client++;
        return ToolClient.postRegistration(portal, email, "Enumeration Tester", "Enumeration Town", null, "en", "198.18.3." + client);
    }

    private static String requestEmailChange(String session, String newEmail) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("email-form", "email-form");
        form.put("newEmail", newEmail);
        form.put("emailPassword", ToolClient.PASSWORD);
        form.put("change-email", "x");
        return ToolClient.post(session, "/account", form).body();
    }

    /** The page without what differs from one answer to the next anyway (view state, nonces). */
    private static String visible(String page) {
        return page.replaceAll("(name=\"jakarta.faces.ViewState\"[^>]*value=\")[^\"]*", "$1")
                .replaceAll("nonce=\"[^\"]*\"", "");
    }

    /** The messages shown above the account page's forms. */
    private static String messages(String page) {
        Matcher m = Pattern.compile("id=\"account-messages\"(.*?)</ul>", Pattern.DOTALL).matcher(page);
        assertTrue(m.find(), "messages on the account page: " + page);
        return m.group(1);
    }

    private static long median(List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
