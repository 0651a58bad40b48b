package org.iclei.africa.resilient.tool.domain;

import java.util.List;
import java.util.Optional;

/** The files attached to the rows of the workspaces' plans ({@link Evidence}); implemented with JPA in {@code tool.infrastructure}. */
public interface EvidenceRepository {

    /** One file with its bytes. */
    Optional<Evidence> find(long id);

    /** What is listed of every file of the workspace (no bytes), the oldest first. */
    List<EvidenceFile> listByWorkspace(Workspace workspace);

    void add(Evidence evidence);

    void remove(Evidence evidence);

    /** Deletes the files of a row that is being deleted. */
    void removeByRow(Workspace workspace, EvidenceKind kind, long rowId);
}
