package org.iclei.africa.resilient.web.admin.workspaces;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.iclei.africa.resilient.admin.application.WorkspaceAdministration;
import org.iclei.africa.resilient.admin.application.WorkspaceAdministration.Row;
import org.iclei.africa.resilient.tool.domain.WorkspaceAccess;
import org.iclei.africa.resilient.web.admin.AdminPage;

/** /admin/workspaces: every workspace with its country, members, step reached, last activity and access. */
@Named("adminWorkspaces")
@ViewScoped
public class WorkspacesBacking extends AdminPage {

    private static final long serialVersionUID = 1L;

    @Inject
    transient WorkspaceAdministration administration;

    private List<Row> rows;
    private List<Row> filtered;

    @PostConstruct
    void load() {
        rows = administration.workspaces();
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<Row> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<Row> filtered) {
        this.filtered = filtered;
    }

    public WorkspaceAccess[] getAccessStates() {
        return WorkspaceAccess.values();
    }

    public long getRequests() {
        return rows.stream().filter(r -> r.requestedAt() != null).count();
    }
}
