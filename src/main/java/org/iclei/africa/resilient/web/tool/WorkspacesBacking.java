package org.iclei.africa.resilient.web.tool;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.iclei.africa.resilient.tool.application.WorkspaceAdminService;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/** /tool/workspaces, for administrators: every workspace, to open read-only; the demo workspace can be removed. */
@Named("workspaces")
@RequestScoped
public class WorkspacesBacking extends ToolPage {

    @Inject
    WorkspaceAdminService admin;

    @Inject
    @Param
    Long workspaceId;

    private List<WorkspaceAdminService.Summary> list;
    private boolean allowed;

    @PostConstruct
    void load() {
        allowed = Faces.isUserInRole("ADMIN");
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

    public void open() {
        actOn(allowed ? workspaceId : null, () -> admin.open(workspaceId), "workspaces.opened");
    }

    public void removeDemo() {
        actOn(allowed ? workspaceId : null, () -> admin.removeDemo(workspaceId), "workspaces.demoRemoved");
    }

    public List<WorkspaceAdminService.Summary> getList() {
        return list;
    }

    public Long getOpened() {
        return allowed ? admin.opened() : null;
    }
}
