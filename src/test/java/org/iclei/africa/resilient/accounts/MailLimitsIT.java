package org.iclei.africa.resilient.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.iclei.africa.resilient.support.Http;
import org.iclei.africa.resilient.support.MailServer;
import org.iclei.africa.resilient.support.Poll;
import org.iclei.africa.resilient.support.PortalServer;
import org.iclei.africa.resilient.support.RequiresDatabase;
import org.iclei.africa.resilient.support.ToolClient;
import org.junit.jupiter.api.Test;

/**
 * The mails a visitor can cause are limited per target address (3 of a kind an hour, the default) on the shared
 * portal — forgot-password, resend-confirmation, registration, invitation — and each account has at most one
 * working link of each kind. The limit per client address is checked by {@code LimitsPortalIT} on a portal of its own.
 */
@RequiresDatabase
class MailLimitsIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String RESET = "Reset your Resilient Africa password";
    private static final String CONFIRM = "Confirm your e-mail address";

    private final PortalServer portal = PortalServer.get();

    private HttpResponse<String> emailForm(String page, String email, String client) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(page, page);
        form.put("email", email);
        form.put("send", "x");
        form.put("jakarta.faces.ViewState", "stateless");
        return Http.postForm(portal.url("/account/" + page), form, "X-Forwarded-For", client);
    }

    /** Posts the registration form for {@code email} (a new municipality each time) from {@code client}. */
    private HttpResponse<String> register(String email, String client) {
        return ToolClient.postRegistration(portal, email, "Limited Person", "Limit Town " + System.nanoTime(), null, "en", client);
    }

    /** Waits until {@code count} mails about {@code subject} reached {@code email}, then a few seconds more for a wrong extra one. */
    private static void exactly(long count, String email, String subject) {
        Poll.until(count + " mails to " + email, WAIT, () -> MailServer.count(email, subject) >= count ? java.util.Optional.of(true) : java.util.Optional.empty());
        try {
            Thread.sleep(4000); // the outbox is checked every second
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertEquals(count, MailServer.count(email, subject), "mails to " + email + " about " + subject);
    }

    @Test
    void aFourthResetWithinTheHourSendsNothingAndAnswersTheSameAndOnlyTheNewestLinkWorks() {
        String email = ToolClient.register(ToolClient.newEmail(), "Forgetful Person", "Limit Town " + System.nanoTime(), null);
        String first = null;
        for (int i = 1; i <= 4; i++) {
            assertTrue(emailForm("forgot", email, "203.0.113.70").body().contains("id=\"forgot-sent\""), "the same neutral answer, " + i);
            if (i == 1) {
                first = MailServer.await(email, RESET, WAIT).link("/account/reset");
            }
        }
        exactly(3, email, RESET);
        String newest = MailServer.await(email, RESET, WAIT).link("/account/reset");
        assertTrue(Http.get(first).body().contains("id=\"reset-invalid\""), "a newer reset link ends the older one");
        assertFalse(Http.get(newest).body().contains("id=\"reset-invalid\""), "the newest link works");
    }

    @Test
    void resendingTheConfirmationIsLimitedAndOnlyTheNewestLinkConfirms() {
        String email = ToolClient.newEmail();
        assertTrue(register(email, "203.0.113.71").body().contains("register-sent"));
        String first = MailServer.await(email, CONFIRM, WAIT).link("/account/confirm");
        for (int i = 1; i <= 3; i++) {
            assertTrue(emailForm("resend", email, "203.0.113.71").body().contains("id=\"resend-sent\""), "the same neutral answer, " + i);
        }
        exactly(3, email, CONFIRM);
        String newest = MailServer.await(email, CONFIRM, WAIT).link("/account/confirm");
        assertTrue(Http.get(first).body().contains("data-result=\"INVALID\""), "a new confirmation link ends the older one");
        assertTrue(Http.get(newest).body().contains("data-result=\"CONFIRMED\""));
    }

    @Test
    void aFourthRegistrationOfOneAddressWithinTheHourIsRefusedWithAMessage() {
        String email = ToolClient.newEmail();
        for (int i = 1; i <= 3; i++) {
            assertTrue(register(email, "203.0.113.72").body().contains("register-sent"));
        }
        String fourth = register(email, "203.0.113.73").body();
        assertTrue(fourth.contains("Several e-mails have already been sent to this address in the last hour."), fourth);
        assertFalse(fourth.contains("register-sent"));
        exactly(3, email, "");
    }

    @Test
    void aLeadCannotMailOneAddressAFourthInvitationWithinTheHour() {
        String lead = ToolClient.member("Invitation Limit Town " + System.nanoTime());
        String invitee = ToolClient.newEmail();
        Map<String, String> invite = new LinkedHashMap<>();
        invite.put("invite-form", "invite-form");
        invite.put("inviteEmail", invitee);
        invite.put("inviteRole", "VIEWER");
        invite.put("send-invitation", "x");
        for (int i = 1; i <= 3; i++) {
            assertEquals(302, ToolClient.post(lead, "/tool/members", invite).statusCode(), "invitation " + i);
        }
        HttpResponse<String> fourth = ToolClient.post(lead, "/tool/members", invite);
        assertEquals(200, fourth.statusCode());
        assertTrue(fourth.body().contains("Several e-mails have already been sent to this address in the last hour."), fourth.body());
        exactly(3, invitee, "invited");
    }
}
