package org.iclei.africa.resilient.tool.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.iclei.africa.resilient.accounts.domain.Account;
import org.iclei.africa.resilient.accounts.domain.AccountRepository;
import org.iclei.africa.resilient.accounts.domain.Role;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.tool.domain.MemberRole;
import org.iclei.africa.resilient.tool.domain.Workspace;
import org.iclei.africa.resilient.tool.domain.WorkspaceMember;
import org.iclei.africa.resilient.tool.domain.WorkspaceRepository;

/**
 * The signed-in account's place in its workspace, and what it may do there. Every tool service starts
 * here, in the service's transaction: an account reads only its own workspace; viewers, and accounts whose
 * trial has ended, read but cannot change anything.
 */
@ApplicationScoped
public class MemberAccess {

    public static final String NO_WORKSPACE = "tool.noWorkspace";
    public static final String READ_ONLY = "tool.readOnly";
    public static final String AWAITING_APPROVAL = "tool.awaitingApproval";

    @Inject
    WorkspaceRepository workspaces;

    @Inject
    AccountRepository accounts;

    @Inject
    WorkspaceChoice choice;

    /** The account's membership, whatever its role (a pending one too); empty when it has none. */
    public Optional<WorkspaceMember> membership(String email) {
        return workspaces.findMemberByEmail(email);
    }

    /**
     * The signed-in account's membership; {@link #NO_WORKSPACE} when it has none. An administrator who is
     * not a member reads the workspace chosen on the workspaces page, as a viewer that is never stored.
     */
    public WorkspaceMember member(String email) {
        Optional<WorkspaceMember> membership = membership(email);
        if (membership.isPresent()) {
            if (!membership.get().getRole().canRead()) {
                throw new BusinessException(AWAITING_APPROVAL);
            }
            return membership.get();
        }
        Long chosen = chosenWorkspace();
        if (chosen != null) {
            Optional<Account> account = accounts.findByEmail(email);
            Optional<Workspace> workspace = workspaces.find(chosen);
            if (workspace.isPresent() && account.isPresent() && account.get().getRole() == Role.ADMIN) {
                return new WorkspaceMember(workspace.get(), account.get(), MemberRole.VIEWER);
            }
        }
        throw new BusinessException(NO_WORKSPACE);
    }

    private Long chosenWorkspace() {
        try {
            return choice.getWorkspaceId();
        } catch (ContextNotActiveException e) {
            return null; // no browser session (a test, a background task)
        }
    }

    /** The membership of an account that may edit now; {@link #READ_ONLY} for viewers and ended trials. */
    public WorkspaceMember editor(String email) {
        WorkspaceMember member = member(email);
        if (!member.canEdit(Instant.now())) {
            throw new BusinessException(READ_ONLY);
        }
        return member;
    }
}
