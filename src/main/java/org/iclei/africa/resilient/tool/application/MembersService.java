package org.iclei.africa.resilient.tool.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.iclei.africa.resilient.accounts.application.AccountMails;
import org.iclei.africa.resilient.accounts.domain.Account;
import org.iclei.africa.resilient.accounts.domain.AccountRepository;
import org.iclei.africa.resilient.accounts.domain.AccountToken;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.shared.validation.EmailSyntax;
import org.iclei.africa.resilient.tool.domain.MemberRole;
import org.iclei.africa.resilient.tool.domain.Workspace;
import org.iclei.africa.resilient.tool.domain.WorkspaceInvitation;
import org.iclei.africa.resilient.tool.domain.WorkspaceMember;

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

    /** Invitation mails a workspace may send in 24 hours (so that the portal cannot be used to send mail at will). */
    static final int INVITATIONS_PER_DAY = 30;

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @Inject
    WorkspaceService workspaces;

    @Inject
    AccountMails mails;

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
        WorkspaceMember member = workspaces.member(email);
        Workspace workspace = member.getWorkspace();
        boolean lead = member.getRole() == MemberRole.LEAD && WorkspaceService.canEdit(member);
        List<WorkspaceInvitation> invitations = lead
                ? em.createNamedQuery("WorkspaceInvitation.findOpenByWorkspace", WorkspaceInvitation.class)
                        .setParameter("workspace", workspace).setParameter("now", Instant.now()).getResultList()
                : List.of();
        return new View(workspace, lead, members(workspace), invitations);
    }

    /**
     * Invites a colleague. The lead always gets the same answer, whether the address has an account or
     * not (nobody learns which addresses are registered): a person without an account gets a link to
     * register through; an account gets a link to sign in and join (`/tool/join`). A pending colleague of
     * this workspace is simply let in with the role.
     */
    public void invite(String email, String inviteeEmail, MemberRole role) {
        WorkspaceMember lead = lead(email);
        String invitee = inviteeEmail == null ? "" : Account.normaliseEmail(inviteeEmail);
        if (!EmailSyntax.isValid(invitee) || role == null || !role.canRead()) {
            throw new BusinessException(BAD_EMAIL);
        }
        long lastDay = em.createQuery("select count(i) from WorkspaceInvitation i where i.workspace = :w and i.createdAt > :since", Long.class)
                .setParameter("w", lead.getWorkspace()).setParameter("since", Instant.now().minus(Duration.ofDays(1))).getSingleResult();
        if (lastDay >= INVITATIONS_PER_DAY) {
            throw new BusinessException(TOO_MANY);
        }
        Optional<WorkspaceMember> here = workspaces.membership(invitee).filter(m -> m.getWorkspace().equals(lead.getWorkspace()));
        if (here.isPresent()) {
            if (here.get().getRole().canRead()) {
                throw new BusinessException(ALREADY_MEMBER); // listed on the page anyway
            }
            changeRole(email, here.get().getId(), role);
            return;
        }
        boolean hasAccount = accounts.findByEmail(invitee).isPresent();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String by = lead.getAccount().getFullName();
        em.persist(new WorkspaceInvitation(lead.getWorkspace(), invitee, role, token, by, Instant.now()));
        mails.send("invitation", lead.getAccount().getLanguage(), by + " (" + lead.getWorkspace().getName() + ")",
                (hasAccount ? "/tool/join?token=" : "/register?invitation=") + token, invitee);
        workspaces.recordChange(lead, "members", null, "invited", invitee + " · " + role);
    }

    /** The open, unclaimed invitation behind a link, for the registration and join pages; empty when unknown, used or expired. */
    public Optional<Invitation> invitation(String token) {
        return find(token).map(i -> new Invitation(i.getWorkspace().getName(), i.getWorkspace().getMunicipality().getId(),
                i.getWorkspace().getMunicipality().getCountry().getCode(), i.getRole(), i.getInvitedBy(), i.getEmail()));
    }

    /**
     * After a registration through the link created a new account: the invitation is claimed by that
     * address (once — a second registration through the same link gets nothing).
     */
    public void claimInvitation(String token, String registeredEmail) {
        find(token).ifPresent(invitation -> invitation.claim(Account.normaliseEmail(registeredEmail), Instant.now()));
    }

    /**
     * A signed-in account accepts an invitation mailed to it: it joins the workspace with the role
     * (leaving a pending request elsewhere). It keeps its own access (trial or membership).
     */
    public void accept(String email, String token) {
        WorkspaceInvitation invitation = find(token).orElseThrow(() -> new BusinessException(INVITATION_INVALID));
        Account account = accounts.findByEmail(email).orElseThrow(() -> new BusinessException(INVITATION_INVALID));
        Optional<WorkspaceMember> membership = workspaces.membership(account.getEmail());
        if (membership.isPresent() && membership.get().getRole().canRead()) {
            throw new BusinessException(membership.get().getWorkspace().equals(invitation.getWorkspace()) ? ALREADY_MEMBER : OTHER_WORKSPACE);
        }
        membership.ifPresent(em::remove);
        em.flush();
        Instant now = Instant.now();
        invitation.claim(account.getEmail(), now);
        invitation.accept(now);
        account.joinMunicipality(invitation.getWorkspace().getMunicipality());
        WorkspaceMember joined = new WorkspaceMember(invitation.getWorkspace(), account, invitation.getRole());
        em.persist(joined);
        workspaces.recordChange(joined, "members", null, "added", account.getFullName() + " · " + invitation.getRole());
    }

    private Optional<WorkspaceInvitation> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery("WorkspaceInvitation.findByHash", WorkspaceInvitation.class).setParameter("hash", AccountToken.hash(token))
                .getResultStream().filter(i -> i.isOpen(Instant.now()) && !i.isClaimed()).findFirst();
    }

    /** A lead withdraws an invitation that nobody has used yet: its link stops working. */
    public void withdraw(String email, long invitationId) {
        WorkspaceMember lead = lead(email);
        WorkspaceInvitation invitation = em.find(WorkspaceInvitation.class, invitationId);
        if (invitation == null || !invitation.getWorkspace().equals(lead.getWorkspace()) || !invitation.isOpen(Instant.now())) {
            throw new BusinessException(WorkspaceService.ROW_NOT_FOUND);
        }
        workspaces.recordChange(lead, "members", null, "deleted", invitation.getEmail() + " · " + invitation.getRole());
        em.remove(invitation);
    }

    public void changeRole(String email, long memberId, MemberRole role) {
        WorkspaceMember lead = lead(email);
        WorkspaceMember member = ownMember(lead, memberId);
        if (role == null || !role.canRead()) {
            throw new BusinessException(WorkspaceService.ROW_NOT_FOUND);
        }
        if (member.getRole() == MemberRole.LEAD && role != MemberRole.LEAD && leads(lead.getWorkspace()) == 1) {
            throw new BusinessException(LAST_LEAD);
        }
        member.setRole(role);
        workspaces.recordChange(lead, "members", memberId, "edited", member.getAccount().getFullName() + " · " + role);
    }

    public void remove(String email, long memberId) {
        WorkspaceMember lead = lead(email);
        WorkspaceMember member = ownMember(lead, memberId);
        if (member.getRole() == MemberRole.LEAD && leads(lead.getWorkspace()) == 1) {
            throw new BusinessException(LAST_LEAD);
        }
        workspaces.recordChange(lead, "members", memberId, "deleted", member.getAccount().getFullName());
        em.remove(member);
    }

    private WorkspaceMember ownMember(WorkspaceMember lead, long memberId) {
        WorkspaceMember member = em.find(WorkspaceMember.class, memberId);
        if (member == null || !member.getWorkspace().equals(lead.getWorkspace())) {
            throw new BusinessException(WorkspaceService.ROW_NOT_FOUND);
        }
        return member;
    }

    private WorkspaceMember lead(String email) {
        WorkspaceMember member = workspaces.editor(email);
        if (member.getRole() != MemberRole.LEAD) {
            throw new BusinessException(LEAD_ONLY);
        }
        return member;
    }

    /** How many leads the workspace has, counted under a lock, so that two leads cannot both step down at once. */
    private long leads(Workspace workspace) {
        em.find(Workspace.class, workspace.getId(), LockModeType.PESSIMISTIC_WRITE);
        return members(workspace).stream().filter(m -> m.getRole() == MemberRole.LEAD).count();
    }

    private List<WorkspaceMember> members(Workspace workspace) {
        return em.createQuery("select m from WorkspaceMember m where m.workspace = :w order by m.account.fullName", WorkspaceMember.class)
                .setParameter("w", workspace).getResultList();
    }
}
