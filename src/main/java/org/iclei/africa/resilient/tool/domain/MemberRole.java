package org.iclei.africa.resilient.tool.domain;

import java.util.List;

/**
 * A member's role in a workspace: the lead manages members and edits, an editor edits, a viewer reads.
 * A colleague who registered for the same municipality without an invitation is PENDING — sees nothing
 * of the workspace — until a lead gives them a role (or removes them).
 */
public enum MemberRole {
    LEAD,
    EDITOR,
    VIEWER,
    PENDING;

    /** The roles a lead can give. */
    public static final List<MemberRole> ASSIGNABLE = List.of(LEAD, EDITOR, VIEWER);

    public boolean canEdit() {
        return this == LEAD || this == EDITOR;
    }

    public boolean canRead() {
        return this != PENDING;
    }
}
