package org.iclei.africa.resilient.tool.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.iclei.africa.resilient.accounts.application.AccountMails;
import org.iclei.africa.resilient.accounts.domain.Account;
import org.iclei.africa.resilient.accounts.domain.AccountStatus;
import org.iclei.africa.resilient.accounts.domain.AccountToken;
import org.iclei.africa.resilient.accounts.domain.Role;
import org.iclei.africa.resilient.shared.BusinessException;
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

    /** Invitation mails a workspace may send in 24 hours (so that the portal cannot be used to send mail at will). */
    static final int INVITATIONS_PER_DAY = 30;

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

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
     * Invites a colleague: a mail with a link to register through (an unconfirmed account joins when it
     * confirms), or — for a confirmed account that has no workspace — straight in, with a notice by mail.
     */
    public void invite(String email, String inviteeEmail, MemberRole role) {
        WorkspaceMember lead = lead(email);
        String invitee = inviteeEmail == null ? "" : Account.normaliseEmail(inviteeEmail);
        if (!invitee.matches("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}") || invitee.length() > 254 || role == null) {
            throw new BusinessException(BAD_EMAIL);
        }
        Optional<Account> existing = em.createNamedQuery("Account.findByEmail", Account.class).setParameter("email", invitee)
                .getResultStream().findFirst();
        if (existing.isPresent()) {
            Optional<WorkspaceMember> membership = workspaces.membership(invitee);
            if (membership.isPresent()) {
                throw new BusinessException(membership.get().getWorkspace().equals(lead.getWorkspace()) ? ALREADY_MEMBER : OTHER_WORKSPACE);
            }
            Account account = existing.get();
            if (account.getStatus() == AccountStatus.ACTIVE && account.getRole() == Role.MEMBER) {
                // a confirmed account without a workspace (e.g. removed earlier) joins at once; it keeps its own access
                account.joinMunicipality(lead.getWorkspace().getMunicipality());
                em.persist(new WorkspaceMember(lead.getWorkspace(), account, role));
                mails.send("added", account.getLanguage(), account.getFullName(), "/tool", account.getEmail());
                workspaces.recordChange(lead, "members", null, "added", invitee + " · " + role);
                return;
            }
        }
        long lastDay = em.createQuery("select count(i) from WorkspaceInvitation i where i.workspace = :w and i.createdAt > :since", Long.class)
                .setParameter("w", lead.getWorkspace()).setParameter("since", Instant.now().minus(Duration.ofDays(1))).getSingleResult();
        if (lastDay >= INVITATIONS_PER_DAY) {
            throw new BusinessException(TOO_MANY);
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String by = lead.getAccount().getFullName();
        em.persist(new WorkspaceInvitation(lead.getWorkspace(), invitee, role, token, by, Instant.now()));
        mails.send("invitation", lead.getAccount().getLanguage(), by + " (" + lead.getWorkspace().getName() + ")",
                "/register?invitation=" + token, invitee);
        workspaces.recordChange(lead, "members", null, "invited", invitee + " · " + role);
    }

    /** The open invitation behind a link, for the registration page; empty when it is unknown, used or expired. */
    public Optional<Invitation> invitation(String token) {
        return find(token).map(i -> new Invitation(i.getWorkspace().getName(), i.getWorkspace().getMunicipality().getId(),
                i.getWorkspace().getMunicipality().getCountry().getCode(), i.getRole(), i.getInvitedBy(), i.getEmail()));
    }

    /** After registering through an invitation: the invitation follows the address the person registered with. */
    public void bindInvitation(String token, String registeredEmail) {
        find(token).ifPresent(invitation -> invitation.addressTo(Account.normaliseEmail(registeredEmail)));
    }

    private Optional<WorkspaceInvitation> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery("WorkspaceInvitation.findByHash", WorkspaceInvitation.class).setParameter("hash", AccountToken.hash(token))
                .getResultStream().filter(i -> i.isOpen(Instant.now())).findFirst();
    }

    public void changeRole(String email, long memberId, MemberRole role) {
        WorkspaceMember lead = lead(email);
        WorkspaceMember member = ownMember(lead, memberId);
        if (role == null) {
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

    private long leads(Workspace workspace) {
        return members(workspace).stream().filter(m -> m.getRole() == MemberRole.LEAD).count();
    }

    private List<WorkspaceMember> members(Workspace workspace) {
        return em.createQuery("select m from WorkspaceMember m where m.workspace = :w order by m.account.fullName", WorkspaceMember.class)
                .setParameter("w", workspace).getResultList();
    }
}
