package org.iclei.africa.resilient.tool.domain;

/** A member's role in a workspace: the lead manages members and edits, an editor edits, a viewer reads. */
public enum MemberRole {
    LEAD,
    EDITOR,
    VIEWER;

    public boolean canEdit() {
        return this != VIEWER;
    }
}
