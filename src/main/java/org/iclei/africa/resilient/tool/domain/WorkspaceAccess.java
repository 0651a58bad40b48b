package org.iclei.africa.resilient.tool.domain;

/**
 * What the members of a workspace may do now, the same for all of them (ICLEI membership is held by the local
 * government, not by a person): see {@link Workspace#access}.
 */
public enum WorkspaceAccess {
    /** Within the free trial that started when the workspace was created: members use and edit everything. */
    TRIAL,
    /** The trial ended without membership: members sign in, read and export, but cannot edit. */
    TRIAL_ENDED,
    /** Membership granted by an administrator, without end or until a date. */
    MEMBER,
    /** The membership's end date passed (or an administrator ended it): read only, as after a trial. */
    MEMBERSHIP_ENDED;

    public boolean canEdit() {
        return this == TRIAL || this == MEMBER;
    }
}
