package org.iclei.africa.resilient.tool.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.iclei.africa.resilient.accounts.domain.Role;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.tool.domain.EditableRow;
import org.iclei.africa.resilient.tool.domain.WorkspaceRepository;

/**
 * An administrator reads any workspace on the tool's own pages, read-only, as its members see it (the back
 * office's workspace page opens it here). Everything else administrators do with workspaces is in the back
 * office ({@code admin.application.WorkspaceAdministration}).
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class WorkspaceAdminService {

    @Inject
    WorkspaceRepository workspaces;

    @Inject
    WorkspaceChoice choice;

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

    /** Forgets the workspace chosen (it was removed, e.g. the demo). */
    public void forget(long workspaceId) {
        if (Long.valueOf(workspaceId).equals(choice.getWorkspaceId())) {
            choice.setWorkspaceId(null);
        }
    }
}
