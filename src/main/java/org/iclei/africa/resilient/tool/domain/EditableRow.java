package org.iclei.africa.resilient.tool.domain;

import java.time.Instant;
import java.util.Optional;
import org.iclei.africa.resilient.shared.BusinessException;

/**
 * A row of a workspace that its members edit together (a risk, an option, an action, a worksheet row):
 * reached only from its own workspace, and saved only from the version that was read.
 */
public interface EditableRow {

    /** Message key: no such row in the member's workspace (also said of another municipality's rows). */
    String ROW_NOT_FOUND = "tool.rowNotFound";

    /** Message key: a colleague saved the row since it was read; its arguments are who and when. */
    String CONFLICT = "tool.conflict";

    boolean belongsTo(Workspace workspace);

    long getVersion();

    String getChangedBy();

    Instant getUpdatedAt();

    /** Refused with {@link #CONFLICT} unless {@code version} is the stored one. */
    default void checkVersion(Long version) {
        if (version == null || version != getVersion()) {
            throw new BusinessException(CONFLICT, getChangedBy(), getUpdatedAt());
        }
    }

    /** The row found, when it belongs to {@code workspace}; {@link #ROW_NOT_FOUND} otherwise. */
    static <T extends EditableRow> T of(Workspace workspace, Optional<T> found) {
        return found.filter(row -> row.belongsTo(workspace)).orElseThrow(() -> new BusinessException(ROW_NOT_FOUND));
    }
}
