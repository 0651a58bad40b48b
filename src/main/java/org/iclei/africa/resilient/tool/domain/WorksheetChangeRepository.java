package org.iclei.africa.resilient.tool.domain;

import java.util.List;

/** Each workspace's history of changes; implemented with JPA in {@code tool.infrastructure}. */
public interface WorksheetChangeRepository {

    void add(WorksheetChange change);

    /** The workspace's latest changes, the newest first. */
    List<WorksheetChange> recent(Workspace workspace, int max);
}
