package org.iclei.africa.resilient.tool.application;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;

/** The workspace an administrator chose to read (read-only) in this browser session. */
@SessionScoped
public class WorkspaceChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long workspaceId;

    public Long getWorkspaceId() {
        return workspaceId;
    }

    public void setWorkspaceId(Long workspaceId) {
        this.workspaceId = workspaceId;
    }
}
