package org.iclei.africa.resilient.tool.domain;

import java.util.List;

/** The reminders already sent, and the workspaces to check; implemented with JPA in {@code tool.infrastructure}. */
public interface ReminderRepository {

    /** The ids of the workspaces that get reminders (every one but the demo workspace). */
    List<Long> workspaceIds();

    boolean wasSent(ReminderKind kind, long subjectId, String periodKey);

    /**
     * Records a reminder and writes it at once: when another node recorded the same one first, the unique key fails
     * here and the caller's transaction (with its mails) rolls back.
     */
    void record(ReminderSent sent);
}
