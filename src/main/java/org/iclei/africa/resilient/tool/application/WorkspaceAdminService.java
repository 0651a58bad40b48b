package org.iclei.africa.resilient.tool.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.iclei.africa.resilient.accounts.domain.AccountRepository;
import org.iclei.africa.resilient.accounts.domain.MunicipalityRepository;
import org.iclei.africa.resilient.accounts.domain.Role;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.tool.domain.EditableRow;
import org.iclei.africa.resilient.tool.domain.Workspace;
import org.iclei.africa.resilient.tool.domain.WorkspaceMember;
import org.iclei.africa.resilient.tool.domain.WorkspaceRepository;

/** Administrators' view of all workspaces: open any of them read-only, and remove the demo workspace. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class WorkspaceAdminService {

    public static final String NOT_DEMO = "workspaces.notDemo";

    /** Only for the demo lead's account and municipality, which the accounts module offers no way to remove. */
    @Inject
    AccountRepository accounts;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    WorkspaceRepository workspaces;

    @Inject
    WorkspaceChoice choice;

    public record Summary(long id, String name, String country, boolean demo, long members) {

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public String getCountry() {
            return country;
        }

        public boolean isDemo() {
            return demo;
        }

        public long getMembers() {
            return members;
        }
    }

    public List<Summary> workspaces() {
        return workspaces.findAll().stream()
                .map(w -> new Summary(w.getId(), w.getName(), w.getMunicipality().getCountry().getCode(), w.isDemo(), workspaces.countMembers(w)))
                .toList();
    }

    /** The administrator reads this workspace (read-only) on the tool's pages until they choose another. */
    public void open(long workspaceId) {
        if (workspaces.find(workspaceId).isEmpty()) {
            throw new BusinessException(EditableRow.ROW_NOT_FOUND);
        }
        choice.setWorkspaceId(workspaceId);
    }

    public Long opened() {
        return choice.getWorkspaceId();
    }

    /**
     * Removes a demo workspace with its rows, the demo lead's account and — when no other account names it —
     * its fictional municipality. Real workspaces cannot be removed here. The schema deletes what belongs to
     * the workspace (rows, ticks, history, members, invitations) and to the account (its tokens) with them.
     */
    public void removeDemo(long workspaceId) {
        Workspace workspace = workspaces.find(workspaceId).orElseThrow(() -> new BusinessException(EditableRow.ROW_NOT_FOUND));
        if (!workspace.isDemo()) {
            throw new BusinessException(NOT_DEMO);
        }
        // only the demo's own account goes; anyone else who joined keeps their account, without the workspace
        workspaces.members(workspace).stream().map(WorkspaceMember::getAccount)
                .filter(account -> account.getEmail().equals(Workspace.DEMO_LEAD_EMAIL)).forEach(accounts::remove);
        long municipalityId = workspace.getMunicipality().getId();
        workspaces.remove(workspace);
        municipalities.removeIfUnused(municipalityId);
        if (Long.valueOf(workspaceId).equals(choice.getWorkspaceId())) {
            choice.setWorkspaceId(null);
        }
    }
}
