package org.iclei.africa.resilient.tool.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rows of the typed worksheets ({@link Worksheet}); implemented with JPA in {@code tool.infrastructure}. */
public interface WorksheetRowRepository {

    Optional<WorksheetRow> find(long id);

    /** Every row of every worksheet of the workspace, the oldest first. */
    List<WorksheetRow> findByWorkspace(Workspace workspace);

    /** How many rows each worksheet of the workspace has, by its slug. */
    Map<String, Long> countByWorksheet(Workspace workspace);

    /** Stores a new row, and writes a new or edited one now (its id, version and time are then known). */
    void save(WorksheetRow row);

    void remove(WorksheetRow row);
}
