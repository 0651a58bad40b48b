package org.iclei.africa.resilient.tool.domain;

/**
 * The reminders the portal mails to a workspace's members, each once per cluster for its period (see
 * {@link ReminderSent}) and each with an opt-out in My account. The mail texts are {@code mail.reminder.<key>.*}.
 */
public enum ReminderKind {
    /** The trial ends within {@link ReminderRules#TRIAL_NOTICE}: to every member with a role; period: the trial's end date. */
    TRIAL_ENDING("trial"),
    /** The review date of step 8 has come: to every member with a role; period: the review date. */
    REVIEW_DUE("review"),
    /** Late actions and indicators without update: to the leads, on the first check of an ISO week; period: the week. */
    WEEKLY_DIGEST("digest");

    private final String key;

    ReminderKind(String key) {
        this.key = key;
    }

    /** The short name in message keys ({@code mail.reminder.trial.subject}). */
    public String key() {
        return key;
    }
}
