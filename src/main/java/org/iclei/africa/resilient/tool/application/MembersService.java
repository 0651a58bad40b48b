package org.iclei.africa.resilient.tool.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.iclei.africa.resilient.accounts.application.AccountMails;
import org.iclei.africa.resilient.accounts.domain.Account;
import org.iclei.africa.resilient.shared.mail.MailLimits;
import org.iclei.africa.resilient.accounts.domain.AccountRepository;
import org.iclei.africa.resilient.accounts.domain.AccountToken;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.shared.validation.EmailSyntax;
import org.iclei.africa.resilient.tool.domain.EditableRow;
import org.iclei.africa.resilient.tool.domain.MemberRole;
import org.iclei.africa.resilient.tool.domain.WorksheetChange;
import org.iclei.africa.resilient.tool.domain.Workspace;
import org.iclei.africa.resilient.tool.domain.WorkspaceInvitation;
import org.iclei.africa.resilient.tool.domain.WorkspaceMember;
import org.iclei.africa.resilient.tool.domain.WorkspaceRepository;

/**
 * The members of a workspace: every member sees who is in it; its leads invite colleagues by e-mail
 * (a single-use link to register through), change roles and remove members. A workspace always keeps a lead.
 */
@Stateless
public class MembersService {

    public static final String LEAD_ONLY = "members.leadOnly";
    public static final String LAST_LEAD = "members.lastLead";
    public static final String ALREADY_MEMBER = "members.alreadyMember";
    public static final String OTHER_WORKSPACE = "members.otherWorkspace";
    public static final String BAD_EMAIL = "members.badEmail";
    public static final String TOO_MANY = "members.tooMany";
    public static final String INVITATION_INVALID = "register.invitation.invalid";
    public static final String INVITATION_OTHER_ADDRESS = "members.join.otherAddress";

    /** Invitation mails a workspace may send in 24 hours (so that the portal cannot be used to send mail at will). */
    static final int INVITATIONS_PER_DAY = 30;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AccountRepository accounts;

    @Inject
    WorkspaceRepository workspaces;

    @Inject
    MemberAccess access;

    @Inject
    ChangeLog changeLog;

    @Inject
    AccountMails mails;

    @Inject
    MailLimits limits;

    public record View(Workspace workspace, boolean lead, List<WorkspaceMember> members, List<WorkspaceInvitation> invitations) {

        public Workspace getWorkspace() {
            return workspace;
        }

        public boolean isLead() {
            return lead;
        }

        public List<WorkspaceMember> getMembers() {
            return members;
        }

        public List<WorkspaceInvitation> getInvitations() {
            return invitations;
        }
    }

    /** What a person opening an invitation link is invited to. */
    public record Invitation(String workspace, long municipalityId, String countryCode, MemberRole role, String invitedBy, String email) {

        public String getWorkspace() {
            return workspace;
        }

        public MemberRole getRole() {
            return role;
        }

        public String getInvitedBy() {
            return invitedBy;
        }

        public String getEmail() {
            return email;
        }
    }

    public View view(String email) {
        WorkspaceMember member = access.member(email);
        Workspace workspace = member.getWorkspace();
        boolean lead = member.getRole() == MemberRole.LEAD && member.canEdit(Instant.now());
        List<WorkspaceInvitation> invitations = lead ? workspaces.openInvitations(workspace, Instant.now()) : List.of();
        return new View(workspace, lead, workspaces.members(workspace), invitations);
    }

    /**
     * Invites a colleague. The lead always gets the same answer, whether the address has an account or
     * not (nobody learns which addresses are registered): a person without an account gets a link to
     * register through; an account gets a link to sign in and join (`/tool/join`). A pending colleague of
     * this workspace is simply let in with the role. Mails are limited per workspace and day, and per invited address and
     * per client address and hour ({@link MailLimits}).
     */
    public void invite(String email, String inviteeEmail, MemberRole role, String client) {
        WorkspaceMember lead = lead(email);
        String invitee = inviteeEmail == null ? "" : Account.normaliseEmail(inviteeEmail);
        if (!EmailSyntax.isValid(invitee) || role == null || !role.canRead()) {
            throw new BusinessException(BAD_EMAIL);
        }
        if (workspaces.countInvitationsSince(lead.getWorkspace(), Instant.now().minus(Duration.ofDays(1))) >= INVITATIONS_PER_DAY) {
            throw new BusinessException(TOO_MANY);
        }
        Optional<WorkspaceMember> here = workspaces.findMemberByEmail(invitee).filter(m -> m.getWorkspace().equals(lead.getWorkspace()));
        if (here.isPresent()) {
            if (here.get().getRole().canRead()) {
                throw new BusinessException(ALREADY_MEMBER); // listed on the page anyway
            }
            changeRole(email, here.get().getId(), role);
            return;
        }
        limits.require("invitation", invitee, client);
        boolean hasAccount = accounts.findByEmail(invitee).isPresent();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String by = lead.getAccount().getFullName();
        workspaces.addInvitation(new WorkspaceInvitation(lead.getWorkspace(), invitee, role, token, by, Instant.now()));
        mails.send("invitation", lead.getAccount().getLanguage(), by + " (" + lead.getWorkspace().getName() + ")",
                (hasAccount ? "/tool/join?token=" : "/register?invitation=") + token, invitee);
        changeLog.record(lead, "members", null, "invited", invitee + " · " + WorksheetChange.label("MemberRole." + role));
    }

    /** The open, unclaimed invitation behind a link, for the registration and join pages; empty when unknown, used or expired. */
    public Optional<Invitation> invitation(String token) {
        return find(token).map(i -> new Invitation(i.getWorkspace().getName(), i.getWorkspace().getMunicipality().getId(),
                i.getWorkspace().getMunicipality().getCountry().getCode(), i.getRole(), i.getInvitedBy(), i.getEmail()));
    }

    /**
     * After a registration through the link created a new account: the invitation is claimed (once) when the
     * account has the invited address. With another address nothing is claimed: the account waits as a pending
     * colleague until a lead lets it in, so a forwarded or stolen link gives no role.
     */
    public void claimInvitation(String token, String registeredEmail) {
        String address = Account.normaliseEmail(registeredEmail);
        find(token).filter(i -> i.isFor(address)).ifPresent(i -> i.claim(address, Instant.now()));
    }

    /**
     * A signed-in account accepts an invitation mailed to its address: it joins the workspace with the role
     * (leaving a pending request elsewhere). It keeps its own access (trial or membership). Signed in with another
     * address, it is refused ({@link #INVITATION_OTHER_ADDRESS}).
     */
    public void accept(String email, String token) {
        WorkspaceInvitation invitation = find(token).orElseThrow(() -> new BusinessException(INVITATION_INVALID));
        Account account = accounts.findByEmail(email).orElseThrow(() -> new BusinessException(INVITATION_INVALID));
        if (!invitation.isFor(account.getEmail())) {
            throw new BusinessException(INVITATION_OTHER_ADDRESS);
        }
        Optional<WorkspaceMember> membership = workspaces.findMemberByEmail(account.getEmail());
        if (membership.isPresent() && membership.get().getRole().canRead()) {
            throw new BusinessException(membership.get().getWorkspace().equals(invitation.getWorkspace()) ? ALREADY_MEMBER : OTHER_WORKSPACE);
        }
        membership.ifPresent(workspaces::removeMember);
        Instant now = Instant.now();
        invitation.claim(account.getEmail(), now);
        invitation.accept(now);
        account.joinMunicipality(invitation.getWorkspace().getMunicipality());
        WorkspaceMember joined = new WorkspaceMember(invitation.getWorkspace(), account, invitation.getRole());
        workspaces.addMember(joined);
        changeLog.record(joined, "members", null, "added", account.getFullName() + " · " + WorksheetChange.label("MemberRole." + invitation.getRole()));
    }

    private Optional<WorkspaceInvitation> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return workspaces.findInvitationByHash(AccountToken.hash(token)).filter(i -> i.isOpen(Instant.now()) && !i.isClaimed());
    }

    /** A lead withdraws an invitation that nobody has used yet: its link stops working. */
    public void withdraw(String email, long invitationId) {
        WorkspaceMember lead = lead(email);
        WorkspaceInvitation invitation = workspaces.findInvitation(invitationId)
                .filter(i -> i.getWorkspace().equals(lead.getWorkspace()) && i.isOpen(Instant.now()))
                .orElseThrow(() -> new BusinessException(EditableRow.ROW_NOT_FOUND));
        changeLog.record(lead, "members", null, "deleted", invitation.getEmail() + " · " + WorksheetChange.label("MemberRole." + invitation.getRole()));
        workspaces.removeInvitation(invitation);
    }

    public void changeRole(String email, long memberId, MemberRole role) {
        WorkspaceMember lead = lead(email);
        WorkspaceMember member = ownMember(lead, memberId);
        if (role == null || !role.canRead()) {
            throw new BusinessException(EditableRow.ROW_NOT_FOUND);
        }
        if (member.getRole() == MemberRole.LEAD && role != MemberRole.LEAD && leads(lead.getWorkspace()) == 1) {
            throw new BusinessException(LAST_LEAD);
        }
        member.setRole(role);
        changeLog.record(lead, "members", memberId, "edited", member.getAccount().getFullName() + " · " + WorksheetChange.label("MemberRole." + role));
    }

    public void remove(String email, long memberId) {
        WorkspaceMember lead = lead(email);
        WorkspaceMember member = ownMember(lead, memberId);
        if (member.getRole() == MemberRole.LEAD && leads(lead.getWorkspace()) == 1) {
            throw new BusinessException(LAST_LEAD);
        }
        changeLog.record(lead, "members", memberId, "deleted", member.getAccount().getFullName());
        workspaces.removeMember(member);
    }

    private WorkspaceMember ownMember(WorkspaceMember lead, long memberId) {
        return workspaces.findMember(memberId).filter(m -> m.getWorkspace().equals(lead.getWorkspace()))
                .orElseThrow(() -> new BusinessException(EditableRow.ROW_NOT_FOUND));
    }

    private WorkspaceMember lead(String email) {
        WorkspaceMember member = access.editor(email);
        if (member.getRole() != MemberRole.LEAD) {
            throw new BusinessException(LEAD_ONLY);
        }
        return member;
    }

    /** How many leads the workspace has, counted under a lock, so that two leads cannot both step down at once. */
    private long leads(Workspace workspace) {
        workspaces.lock(workspace);
        return workspaces.members(workspace, MemberRole.LEAD).size();
    }
}
