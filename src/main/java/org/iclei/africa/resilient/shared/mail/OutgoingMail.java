package org.iclei.africa.resilient.shared.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.iclei.africa.resilient.shared.BaseEntity;
import org.iclei.africa.resilient.shared.validation.FieldLimits;

/** One e-mail in the outbox: what to send, to whom, and how the attempts went. */
@Entity
@Table(name = "outgoing_mail")
@NamedQuery(name = "OutgoingMail.findDue",
        query = "select m from OutgoingMail m where m.status = :status and m.nextAttemptAt <= :now order by m.nextAttemptAt")
@NamedQuery(name = "OutgoingMail.findByRecipient",
        query = "select m from OutgoingMail m where m.recipient = :recipient order by m.createdAt desc")
// The status is stored by name, and FAILED < PENDING < SENT in text order: the failed mails come first.
@NamedQuery(name = "OutgoingMail.findAll",
        query = "select m from OutgoingMail m order by m.status, m.createdAt desc, m.id desc")
@NamedQuery(name = "OutgoingMail.countAll", query = "select count(m) from OutgoingMail m")
@NamedQuery(name = "OutgoingMail.removeSentBefore",
        query = "delete from OutgoingMail m where m.status = :status and m.sentAt < :before")
@NamedQuery(name = "OutgoingMail.findByStatus",
        query = "select m from OutgoingMail m where m.status = :status order by m.createdAt desc, m.id desc")
@NamedQuery(name = "OutgoingMail.countByStatus", query = "select count(m) from OutgoingMail m where m.status = :status")
public class OutgoingMail extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = FieldLimits.EMAIL)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, length = 40000)
    private String body;

    @Column(nullable = false, length = 8)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutgoingMail() {
        // for JPA
    }

    public OutgoingMail(String recipient, String subject, String body, String language, Instant now) {
        this.recipient = Objects.requireNonNull(recipient);
        this.subject = Objects.requireNonNull(subject);
        this.body = Objects.requireNonNull(body);
        this.language = Objects.requireNonNull(language);
        this.status = MailStatus.PENDING;
        this.nextAttemptAt = now;
    }

    /** After this many failed attempts a mail is given up ({@link MailStatus#FAILED}). */
    public static final int MAX_ATTEMPTS = 8;

    /**
     * Accepted by the SMTP server (or written to the log when there is none). Its text is dropped: its links
     * (confirmation, reset, invitation) work for whoever holds them, and the recipient has the mail now; the
     * subject, recipient and status stay for the back office until the retention purge.
     */
    public void markSent(Instant now) {
        attempts++;
        status = MailStatus.SENT;
        sentAt = now;
        lastError = null;
        body = "";
    }

    /** Whether its text is still kept: until it is delivered. */
    public boolean hasBody() {
        return !body.isEmpty();
    }

    /**
     * A failed attempt: the next one waits twice as long as the last ({@code retryBase}, 2×, 4×, … at most an
     * hour); after {@value #MAX_ATTEMPTS} attempts the mail is given up.
     */
    public void markFailed(String error, Instant now, Duration retryBase) {
        attempts++;
        lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 1000));
        if (attempts >= MAX_ATTEMPTS) {
            status = MailStatus.FAILED;
            return;
        }
        long factor = 1L << Math.min(attempts - 1, 20);
        Duration wait = retryBase.multipliedBy(factor);
        nextAttemptAt = now.plus(wait.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : wait);
    }

    /** Whether {@link #requeue} may put it back in the queue: it was given up (or sent, its text still kept). */
    public boolean canRequeue() {
        return status != MailStatus.PENDING && hasBody();
    }

    /**
     * Back in the queue, as new: sent again at the next run of the sender, with all its attempts before it
     * (an administrator resends a mail that failed, or one that was lost after it left).
     */
    public void requeue(Instant now) {
        if (!canRequeue()) {
            throw new IllegalStateException("mail " + getId() + " is already waiting to be sent, or its text is gone");
        }
        status = MailStatus.PENDING;
        attempts = 0;
        lastError = null;
        sentAt = null;
        nextAttemptAt = now;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getLanguage() {
        return language;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
