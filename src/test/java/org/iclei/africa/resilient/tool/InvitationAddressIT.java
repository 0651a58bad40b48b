package org.iclei.africa.resilient.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iclei.africa.resilient.support.MailServer;
import org.iclei.africa.resilient.support.RequiresDatabase;
import org.iclei.africa.resilient.support.ToolClient;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, defect 8, over HTTP: an invitation link is bound to the address it was sent to. Registering through it
 * with another address gives no role (the new account waits, as a pending colleague, for a lead); joining through
 * it while signed in with another account is refused with a message. The invited address still joins as before.
 */
@RequiresDatabase
class InvitationAddressIT {

    @Test
    void aRegistrationThroughTheLinkWithAnotherAddressWaitsForALeadAndTheInvitedAddressStillJoins() {
        String municipality = "Invitation Town " + System.nanoTime();
        String leadEmail = ToolClient.register(ToolClient.newEmail(), "Lead of " + municipality, municipality, null);
        String lead = ToolClient.signIn(leadEmail, ToolClient.PASSWORD);
        String invited = ToolClient.newEmail();
        String token = ToolClient.invite(lead, invited, "LEAD");
        String page = ToolClient.page(null, "/register?invitation=" + token);
        assertTrue(page.contains("id=\"invitation-address\"") && page.contains(invited), "the page says whom the link is for");

        String other = ToolClient.register(ToolClient.newEmail(), "Holder of a forwarded link", "Elsewhere", token);
        assertEquals(Optional.of("PENDING"), role(lead, other), "another address gets no role: it waits for a lead");
        MailServer.await(leadEmail, "asks to join your workspace", Duration.ofSeconds(30)); // the leads are told someone waits

        ToolClient.register(invited, "Invited colleague", "Elsewhere", token);
        assertEquals(Optional.of("LEAD"), role(lead, invited), "the invited address joins with the role, as before");
    }

    @Test
    void joiningWhileSignedInWithAnotherAccountIsRefused() {
        String municipality = "Join Town " + System.nanoTime();
        String lead = ToolClient.member(municipality);
        // a colleague who waited and was declined: no workspace, so an invitation to their account can be accepted
        String invited = ToolClient.register(ToolClient.newEmail(), "Declined colleague", municipality, null);
        String id = member(lead, invited).orElseThrow()[0];
        Map<String, String> decline = new LinkedHashMap<>();
        decline.put("remove-form-" + id, "remove-form-" + id);
        decline.put("memberId", id);
        decline.put("remove-" + id, "x");
        assertEquals(302, ToolClient.post(lead, "/tool/members", decline).statusCode());
        assertEquals(Optional.empty(), member(lead, invited));
        String intruder = ToolClient.member("Own Town " + System.nanoTime());

        Map<String, String> invite = new LinkedHashMap<>();
        invite.put("invite-form", "invite-form");
        invite.put("inviteEmail", invited);
        invite.put("inviteRole", "EDITOR");
        invite.put("send-invitation", "x");
        assertEquals(302, ToolClient.post(lead, "/tool/members", invite).statusCode());
        String link = MailServer.await(invited, "invited", Duration.ofSeconds(30)).link("/tool/join?token=");
        String path = link.substring(link.indexOf("/tool/join"));

        String refused = ToolClient.page(intruder, path);
        assertTrue(refused.contains("id=\"invitation-other-address\""), refused);
        assertFalse(refused.contains("id=\"accept-invitation\""), "no button to join with the wrong account");

        String session = ToolClient.signIn(invited, ToolClient.PASSWORD);
        Map<String, String> accept = new LinkedHashMap<>();
        accept.put("join-form", "join-form");
        accept.put("token", path.substring(path.indexOf("token=") + "token=".length()));
        accept.put("accept-invitation", "x");
        ToolClient.post(session, path, accept);
        assertEquals(Optional.of("EDITOR"), role(lead, invited), "the invited account joins as before");
    }

    /** The role that the lead's members page shows for the member of address {@code email}. */
    private static Optional<String> role(String lead, String email) {
        return member(lead, email).map(row -> row[1]);
    }

    /** The id and role of the member of address {@code email} on the lead's members page. */
    private static Optional<String[]> member(String lead, String email) {
        Matcher row = Pattern.compile("<tr id=\"member-(\\d+)\" data-role=\"(\\w+)\">\\s*<td>[^<]*</td><td>([^<]*)</td>")
                .matcher(ToolClient.page(lead, "/tool/members"));
        while (row.find()) {
            if (row.group(3).equals(email)) {
                return Optional.of(new String[] {row.group(1), row.group(2)});
            }
        }
        return Optional.empty();
    }
}
