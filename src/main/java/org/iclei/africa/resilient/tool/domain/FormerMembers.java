package org.iclei.africa.resilient.tool.domain;

import java.util.List;

/**
 * What a workspace keeps under a member's name, found and handed over to "a former member"
 * ({@link WorksheetChange#FORMER_MEMBER}) when the member deletes their account; implemented with JPA in
 * {@code tool.infrastructure}. Names are matched as stored (rows keep the name the member had when they wrote them).
 */
public interface FormerMembers {

    /** The history lines written by {@code name} in the workspace, newest first. */
    List<WorksheetChange> changesBy(Workspace workspace, String name);

    /** Every invitation ever sent to {@code email}, in any workspace. */
    List<WorkspaceInvitation> invitationsTo(String email);

    /**
     * Replaces {@code name} by {@link WorksheetChange#FORMER_MEMBER} as the author of the workspace's rows, history
     * lines, ticks, weights, step statuses and invitations, and replaces {@code name} and {@code email} in the member
     * lines of its history ("invited …", "added …").
     *
     * @return how many records changed
     */
    int attributeToFormerMember(Workspace workspace, String name, String email);

    /** Removes every invitation sent to {@code email} (the address is the person's). */
    void removeInvitationsTo(String email);
}
