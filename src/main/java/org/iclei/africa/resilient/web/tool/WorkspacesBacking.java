package org.iclei.africa.resilient.web.tool;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.iclei.africa.resilient.tool.application.WorkspaceAdminService;
import org.iclei.africa.resilient.tool.domain.EditableRow;

/** /tool/workspaces, for administrators: every workspace, to open read-only; the demo workspace can be removed. */
@Named("workspaces")
@RequestScoped
public class WorkspacesBacking extends ToolPage {

    @Inject
    WorkspaceAdminService admin;

    @Inject
    HttpServletRequest request;

    private List<WorkspaceAdminService.Summary> list;
    private boolean allowed;

    @PostConstruct
    void load() {
        allowed = request.isUserInRole("ADMIN");
        if (allowed) {
            list = admin.workspaces();
        } else {
            error(bundle().getString("workspaces.adminOnly"));
        }
    }

    @Override
    String path() {
        return "/tool/workspaces";
    }

    public void open() throws IOException {
        Long id = idParameter(request.getParameter("workspaceId"));
        if (id == null || !allowed) {
            error(bundle().getString(EditableRow.ROW_NOT_FOUND));
            return;
        }
        act(() -> admin.open(id), "workspaces.opened");
    }

    public void removeDemo() throws IOException {
        Long id = idParameter(request.getParameter("workspaceId"));
        if (id == null || !allowed) {
            error(bundle().getString(EditableRow.ROW_NOT_FOUND));
            return;
        }
        try {
            act(() -> admin.removeDemo(id), "workspaces.demoRemoved");
        } catch (EJBAccessException e) {
            error(bundle().getString("workspaces.adminOnly"));
        }
    }

    public List<WorkspaceAdminService.Summary> getList() {
        return list;
    }

    public Long getOpened() {
        return allowed ? admin.opened() : null;
    }
}
