package org.iclei.africa.resilient.tool.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.iclei.africa.resilient.tool.domain.WorksheetChange;
import org.iclei.africa.resilient.tool.domain.WorksheetChangeRepository;
import org.iclei.africa.resilient.tool.domain.Workspace;
import org.iclei.africa.resilient.tool.domain.WorkspaceMember;

/** The workspace's history of changes: every service that changes a workspace writes a line here, in its own transaction. */
@ApplicationScoped
public class ChangeLog {

    @Inject
    WorksheetChangeRepository changes;

    /** Adds a line: who ({@code member}) did what ({@code action}) to which row of which worksheet. */
    public void record(WorkspaceMember member, String worksheet, Long rowId, String action, String summary) {
        changes.add(new WorksheetChange(member.getWorkspace(), member.getAccount().getFullName(), worksheet, rowId, action, summary));
    }

    /** The ten latest changes, the newest first. */
    public List<WorksheetChange> recent(Workspace workspace) {
        return changes.recent(workspace, 10);
    }
}
