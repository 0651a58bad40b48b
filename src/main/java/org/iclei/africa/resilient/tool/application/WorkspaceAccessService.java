package org.iclei.africa.resilient.tool.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.iclei.africa.resilient.accounts.application.AccountMails;
import org.iclei.africa.resilient.accounts.application.AdministratorService;
import org.iclei.africa.resilient.shared.mail.MailLimits;
import org.iclei.africa.resilient.tool.domain.MemberRole;
import org.iclei.africa.resilient.tool.domain.Workspace;
import org.iclei.africa.resilient.tool.domain.WorkspaceAccess;
import org.iclei.africa.resilient.tool.domain.WorkspaceMember;

/**
 * What a member sees of their workspace's access (trial until…, member until…, ended — read only) and the one
 * thing they can do about it: ask ICLEI Africa for membership, which mails every administrator a link to the
 * workspace's page in the back office.
 */
@Stateless
public class WorkspaceAccessService {

    @Inject
    MemberAccess access;

    @Inject
    AdministratorService administrators;

    @Inject
    AccountMails mails;

    @Inject
    MailLimits limits;

    /**
     * Where the signed-in account stands in its workspace.
     *
     * @param workspace   its name
     * @param role        the account's role there (PENDING: waiting for a lead)
     * @param access      the workspace's access now
     * @param date        the date that goes with it (see {@link Workspace#accessDate}); null: membership without end
     * @param requestedAt when membership was asked for and not yet granted; null: no open request
     * @param editor      whether this account may edit now
     */
    public record Status(String workspace, MemberRole role, WorkspaceAccess access, Instant date, Instant requestedAt, boolean editor) {

        public String getWorkspace() {
            return workspace;
        }

        public MemberRole getRole() {
            return role;
        }

        public WorkspaceAccess getAccess() {
            return access;
        }

        public Instant getDate() {
            return date;
        }

        public Instant getRequestedAt() {
            return requestedAt;
        }

        public boolean isEditor() {
            return editor;
        }

        /** Whether asking for membership makes sense: not a member now, and not already asked. */
        public boolean canRequest() {
            return access != WorkspaceAccess.MEMBER && requestedAt == null && role != MemberRole.PENDING;
        }
    }

    /** The status of the account's own workspace; empty without one (an administrator, a new account). */
    public Optional<Status> status(String email) {
        Instant now = Instant.now();
        return access.membership(email).map(member -> {
            Workspace workspace = member.getWorkspace();
            return new Status(workspace.getName(), member.getRole(), workspace.access(now), workspace.accessDate(now),
                    workspace.getMembershipRequestedAt(), member.canEdit(now));
        });
    }

    /**
     * A member asks for membership of their workspace; every administrator gets a mail with the workspace's back-office
     * page. Once per workspace until it is granted, and within the mail limits of the client address ({@link MailLimits}).
     */
    public void requestMembership(String email, String client) {
        WorkspaceMember member = access.member(email);
        if (member.isNew()) {
            return; // an administrator reading a workspace is not its member
        }
        Workspace workspace = member.getWorkspace();
        Instant now = Instant.now();
        if (workspace.getMembershipRequestedAt() != null || workspace.access(now) == WorkspaceAccess.MEMBER) {
            return; // asked already, or nothing to ask: the administrators are not mailed again
        }
        limits.require("membership", String.valueOf(workspace.getId()), client);
        workspace.requestMembership(now);
        String who = member.getAccount().getFullName() + " (" + member.getAccount().getEmail() + ", " + workspace.getName() + ")";
        for (String admin : administrators.administratorEmails()) {
            mails.send("membershipRequest", "en", who, "/admin/workspaces/workspace?id=" + workspace.getId(), admin);
        }
    }
}
