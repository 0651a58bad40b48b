package org.iclei.africa.resilient.tool.domain;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the back office's table says of one workspace besides its own fields.
 *
 * @param members      members with a role (pending colleagues not counted)
 * @param pending      colleagues waiting to be let in
 * @param lastActivity the last change to its worksheets (null: none yet)
 * @param activeLead   whether a lead can sign in (if not, an administrator lets pending colleagues in)
 */
public record WorkspaceStats(long members, long pending, Instant lastActivity, boolean activeLead) implements Serializable {

    public static final WorkspaceStats NONE = new WorkspaceStats(0, 0, null, false);
}
