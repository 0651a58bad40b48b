package org.iclei.africa.resilient.web.admin.workspaces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.iclei.africa.resilient.admin.application.WorkspaceAdministration;
import org.iclei.africa.resilient.admin.application.WorkspaceAdministration.Row;

/** The dashboard's workspace items that need an administrator: open membership requests, and colleagues waiting with no lead. */
@Named("workspaceAttention")
@RequestScoped
public class WorkspaceAttentionBacking {

    @Inject
    WorkspaceAdministration administration;

    private List<Row> requests;
    private List<Row> waiting;

    @PostConstruct
    void load() {
        List<Row> rows = administration.workspaces();
        requests = rows.stream().filter(r -> r.requestedAt() != null).toList();
        waiting = rows.stream().filter(Row::isWaitingWithoutLead).toList();
    }

    public List<Row> getRequests() {
        return requests;
    }

    public List<Row> getWaiting() {
        return waiting;
    }
}
