package org.iclei.africa.resilient.tool;

import static org.iclei.africa.resilient.tool.ToolFixture.outcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Instant;
import org.iclei.africa.resilient.accounts.application.AccountConfirmed;
import org.iclei.africa.resilient.accounts.domain.Account;
import org.iclei.africa.resilient.support.RequiresDatabase;
import org.iclei.africa.resilient.tool.application.MemberAccess;
import org.iclei.africa.resilient.tool.application.MembersService;
import org.iclei.africa.resilient.tool.application.WorkspaceOnboarding;
import org.iclei.africa.resilient.tool.domain.EditableRow;
import org.iclei.africa.resilient.tool.domain.MemberRole;
import org.iclei.africa.resilient.tool.domain.ProcessStep;
import org.iclei.africa.resilient.tool.domain.WorkspaceMember;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server, the members of a workspace: a confirmed colleague joins through an invitation with
 * the lead's trial or waits until a lead lets them in; removal, re-invitation, claimed and withdrawn links,
 * the daily limit on invitations, and a workspace that always keeps a lead.
 */
@ExtendWith(ArquillianExtension.class)
@RequiresDatabase
class ToolMembersIT extends ToolServicesSetup {

    @Deployment
    static WebArchive deployment() {
        return deploymentOf(ToolMembersIT.class);
    }

    @Inject
    WorkspaceOnboarding onboarding;

    @Test
    void anInvitedColleagueJoinsWithTheChosenRoleAndTheWorkspacesAccess() throws Exception {
        String invitee = "invited." + System.nanoTime() + "@example.org";
        members.invite(lead, invitee, MemberRole.EDITOR, "it-" + System.nanoTime());
        Account account = fixture.confirmedColleague(invitee, "Invited colleague", "pt");
        onboarding.onAccountConfirmed(new AccountConfirmed(account.getId()));
        WorkspaceMember joined = access.membership(invitee).orElseThrow();
        assertEquals(MemberRole.EDITOR, joined.getRole());
        assertEquals(workspace, joined.getWorkspace());
        assertTrue(joined.canEdit(Instant.now()), "the workspace's trial is theirs too");
    }

    @Test
    void aRemovedMemberLosesTheWorkspaceAndAnInvitationToTheirAccountBringsThemBack() {
        long viewerMember = access.membership(viewer).orElseThrow().getId();
        assertEquals(MembersService.LEAD_ONLY, outcome(() -> members.remove(editor, viewerMember)));
        members.remove(lead, viewerMember);
        assertEquals(MemberAccess.NO_WORKSPACE, outcome(() -> worksheets.view(viewer, ProcessStep.GETTING_STARTED)));
        members.invite(lead, viewer, MemberRole.EDITOR, "it-" + System.nanoTime());
        String token = fixture.mailedToken(viewer, "/tool/join?token=");
        assertEquals(MembersService.INVITATION_INVALID, outcome(() -> members.accept(viewer, "not-" + token)));
        assertEquals(MembersService.INVITATION_OTHER_ADDRESS, outcome(() -> members.accept(stranger, token)),
                "the link works for the invited address only");
        String someoneElse = "someone." + System.nanoTime() + "@example.org";
        members.invite(lead, someoneElse, MemberRole.LEAD, "it-" + System.nanoTime());
        String forSomeoneElse = fixture.mailedToken(someoneElse, "/register?invitation=");
        assertEquals(MembersService.INVITATION_OTHER_ADDRESS, outcome(() -> members.accept(viewer, forSomeoneElse)),
                "an account without a workspace cannot take another address's invitation (and its role)");
        assertTrue(access.membership(viewer).isEmpty());
        members.accept(viewer, token);
        assertEquals(MemberRole.EDITOR, access.membership(viewer).orElseThrow().getRole());
        assertEquals(MembersService.INVITATION_INVALID, outcome(() -> members.accept(stranger, token)), "the link works once");
        assertEquals(MembersService.ALREADY_MEMBER, outcome(() -> members.invite(lead, viewer, MemberRole.VIEWER, "it-" + System.nanoTime())));

        members.invite(lead, stranger, MemberRole.VIEWER, "it-" + System.nanoTime()); // the lead learns nothing about the address
        assertEquals(MembersService.OTHER_WORKSPACE, outcome(() -> members.accept(stranger, fixture.mailedToken(stranger, "/tool/join?token="))));
        long leadMember = access.membership(lead).orElseThrow().getId();
        assertEquals(MembersService.LAST_LEAD, outcome(() -> members.changeRole(lead, leadMember, MemberRole.EDITOR)));
    }

    @Test
    void anUninvitedColleagueWaitsUntilALeadLetsThemIn() throws Exception {
        Account colleague = fixture.confirmedColleague("colleague." + System.nanoTime() + "@example.org", "Colleague", "fr");
        onboarding.onAccountConfirmed(new AccountConfirmed(colleague.getId()));
        String email = colleague.getEmail();
        assertEquals(MemberAccess.AWAITING_APPROVAL, outcome(() -> worksheets.view(email, ProcessStep.GETTING_STARTED)));
        assertEquals(MemberAccess.AWAITING_APPROVAL, outcome(() -> steps.statuses(email)));
        fixture.mailedToken(lead, "/tool/members"); // the lead was told
        WorkspaceMember pending = access.membership(email).orElseThrow();
        assertEquals(MemberRole.PENDING, pending.getRole());
        assertEquals(EditableRow.ROW_NOT_FOUND, outcome(() -> members.changeRole(lead, pending.getId(), MemberRole.PENDING)));
        members.changeRole(lead, pending.getId(), MemberRole.VIEWER);
        assertEquals(workspace, worksheets.view(email, ProcessStep.GETTING_STARTED).workspace());
    }

    @Test
    void anInvitationLinkIsClaimedOnceAndOnlyByTheInvitedAddress() {
        String invited = "claimed." + System.nanoTime() + "@example.org";
        members.invite(lead, invited, MemberRole.LEAD, "it-" + System.nanoTime());
        String token = fixture.mailedToken(invited, "/register?invitation=");
        assertTrue(members.invitation(token).isPresent());
        members.claimInvitation(token, "other." + invited);
        assertTrue(members.invitation(token).isPresent(), "another address claims nothing: the invited person can still use it");
        members.claimInvitation(token, invited.toUpperCase());
        assertTrue(members.invitation(token).isEmpty(), "no longer offered on the registration page");
        members.claimInvitation(token, invited);
        assertEquals(0L, em.createQuery("select count(i) from WorkspaceInvitation i where i.email = :e", Long.class)
                .setParameter("e", "other." + invited).getSingleResult());
        assertEquals(1L, em.createQuery("select count(i) from WorkspaceInvitation i where i.email = :e and i.claimedAt is not null", Long.class)
                .setParameter("e", invited).getSingleResult());
    }

    @Test
    void aLeadWithdrawsAnInvitationAndItsLinkStopsWorking() {
        String invited = "withdrawn." + System.nanoTime() + "@example.org";
        members.invite(lead, invited, MemberRole.EDITOR, "it-" + System.nanoTime());
        String token = fixture.mailedToken(invited, "/register?invitation=");
        long id = em.createQuery("select i.id from WorkspaceInvitation i where i.email = :e", Long.class).setParameter("e", invited)
                .getSingleResult();
        assertEquals(MembersService.LEAD_ONLY, outcome(() -> members.withdraw(editor, id)));
        assertEquals(EditableRow.ROW_NOT_FOUND, outcome(() -> members.withdraw(stranger, id)));
        members.withdraw(lead, id);
        assertTrue(members.invitation(token).isEmpty());
    }

    @Test
    void aWorkspaceCannotSendInvitationsWithoutEnd() {
        String refused = "OK";
        for (int i = 0; i < 31 && refused.equals("OK"); i++) {
            String invitee = "many." + i + "." + System.nanoTime() + "@example.org";
            refused = outcome(() -> members.invite(lead, invitee, MemberRole.VIEWER, "it-" + System.nanoTime()));
        }
        assertEquals(MembersService.TOO_MANY, refused, "at most 30 invitations a day");
    }
}
