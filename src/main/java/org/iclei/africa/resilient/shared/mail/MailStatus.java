package org.iclei.africa.resilient.shared.mail;

/** Where a mail of the outbox stands. */
public enum MailStatus {
    /** Waiting to be sent (again). */
    PENDING,
    /** Accepted by the SMTP server, or written to the log when no server is configured. */
    SENT,
    /** Given up after too many attempts; an administrator can see and resend it. */
    FAILED
}
