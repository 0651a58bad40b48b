package org.iclei.africa.resilient.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.iclei.africa.resilient.support.Http;
import org.iclei.africa.resilient.support.MailServer;
import org.iclei.africa.resilient.support.PortalServer;
import org.iclei.africa.resilient.support.RequiresDatabase;
import org.iclei.africa.resilient.support.ToolClient;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, defect 2, on the shared portal with GreenMail: the e-mail address of an account cannot be moved by
 * someone who only holds a signed-in session or an old link. The change asks for the current password and tells
 * the present address; a new password (reset or changed) ends every open reset and e-mail-change link.
 */
@RequiresDatabase
class AccountTakeoverIT {

    static final Duration MAIL_WAIT = Duration.ofSeconds(30);
    static final String NEW_PASSWORD = "tamarind-after-rain-58";

    private final PortalServer portal = PortalServer.get();

    @Test
    void anEmailChangeNeedsTheCurrentPasswordAndTellsThePresentAddress() {
        String email = ToolClient.register(ToolClient.newEmail(), "Owner of an address", "Takeover Town", null, "fr");
        String session = ToolClient.signIn(email, ToolClient.PASSWORD);
        String wanted = ToolClient.newEmail();

        String without = requestEmailChange(session, wanted, "");
        assertTrue(without.contains("Veuillez indiquer votre mot de passe actuel."), "refused without the password, in French: " + without);
        String missing = requestEmailChange(session, wanted, null);
        assertTrue(missing.contains("Le mot de passe actuel n"), "refused when the field is left out of the post: " + missing);
        String wrong = requestEmailChange(session, wanted, "not-my-password-at-all");
        assertTrue(wrong.contains("Le mot de passe actuel n"), "refused with a wrong password: " + wrong);
        assertFalse(wrong.contains("un lien de confirmation y a été envoyé"), "nothing sent with a wrong password");

        String answer = requestEmailChange(session, wanted, ToolClient.PASSWORD);
        assertTrue(answer.contains("un lien de confirmation y a été envoyé"), answer);
        MailServer.Mail notice = MailServer.await(email, "va changer", MAIL_WAIT);
        assertTrue(notice.body().contains(wanted), "the present address is told the new one: " + notice.body());
        assertTrue(notice.link("/account/forgot").startsWith(portal.url("/account/forgot")), "and how to react");
        String link = MailServer.await(wanted, "nouvelle adresse", MAIL_WAIT).link("/account/email");
        assertEquals(1, MailServer.count(wanted), "one link: only the request with the right password sent one");
        assertEquals(1, MailServer.count(email, "va changer"), "one notice: only the request with the right password");

        assertTrue(Http.get(link).body().contains("id=\"email-changed\""));
        assertEquals(302, ToolClient.signInResponse(portal, wanted, ToolClient.PASSWORD).statusCode());
    }

    @Test
    void aResetPasswordEndsTheEmailChangeLinkAndTheAddressStays() {
        String email = ToolClient.register(ToolClient.newEmail(), "Owner who resets", "Takeover Town", null);
        String session = ToolClient.signIn(email, ToolClient.PASSWORD);
        String attacker = ToolClient.newEmail();
        requestEmailChange(session, attacker, ToolClient.PASSWORD);
        String changeLink = MailServer.await(attacker, "Confirm your new e-mail address", MAIL_WAIT).link("/account/email");
        MailServer.await(email, "is being changed", MAIL_WAIT); // the owner is told, and resets the password

        String resetLink = requestReset(email);
        assertTrue(reset(resetLink, NEW_PASSWORD).contains("id=\"reset-done\""));

        String opened = Http.get(changeLink).body();
        assertTrue(opened.contains("id=\"email-invalid\""), "the link no longer works: " + opened);
        assertFalse(opened.contains("id=\"email-changed\""));
        assertEquals(302, ToolClient.signInResponse(portal, email, NEW_PASSWORD).statusCode(), "the address is unchanged");
        assertNotEquals(302, ToolClient.signInResponse(portal, attacker, NEW_PASSWORD).statusCode(), "the account did not move");
    }

    @Test
    void aPasswordChangeEndsAnOpenResetLink() {
        String email = ToolClient.register(ToolClient.newEmail(), "Owner who changes", "Takeover Town", null);
        String resetLink = requestReset(email);
        String session = ToolClient.signIn(email, ToolClient.PASSWORD);
        Map<String, String> change = new LinkedHashMap<>();
        change.put("password-form", "password-form");
        change.put("currentPassword", ToolClient.PASSWORD);
        change.put("newPassword", NEW_PASSWORD);
        change.put("change-password", "x");
        assertTrue(ToolClient.post(session, "/account", change).body().contains("Your password is changed."));

        assertTrue(Http.get(resetLink).body().contains("id=\"reset-invalid\""), "the reset link mailed before no longer works");
        String refused = reset(resetLink, "someone-elses-choice-91");
        assertFalse(refused.contains("id=\"reset-done\""), refused);
        assertEquals(302, ToolClient.signInResponse(portal, email, NEW_PASSWORD).statusCode(), "the owner's new password stays");
    }

    /** Posts the e-mail-change form of /account (the password left out when null) and returns the answer. */
    private static String requestEmailChange(String session, String newEmail, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("email-form", "email-form");
        form.put("newEmail", newEmail);
        if (password != null) {
            form.put("emailPassword", password);
        }
        form.put("change-email", "x");
        return ToolClient.post(session, "/account", form).body();
    }

    /** Asks /account/forgot for a reset link and returns the link mailed. */
    private String requestReset(String email) {
        Map<String, String> forgot = new LinkedHashMap<>();
        forgot.put("forgot", "forgot");
        forgot.put("email", email);
        forgot.put("send", "x");
        forgot.put("jakarta.faces.ViewState", "stateless");
        assertTrue(Http.postForm(portal.url("/account/forgot"), forgot, "X-Forwarded-For", "198.18.0.13").body().contains("id=\"forgot-sent\""));
        return MailServer.await(email, "Reset your Resilient Africa password", MAIL_WAIT).link("/account/reset");
    }

    private static String reset(String link, String password) {
        Map<String, String> reset = new LinkedHashMap<>();
        reset.put("reset", "reset");
        reset.put("token", link.substring(link.indexOf("token=") + "token=".length()));
        reset.put("password", password);
        reset.put("save", "x");
        reset.put("jakarta.faces.ViewState", "stateless");
        return Http.postForm(link, reset).body();
    }
}
