package org.iclei.africa.resilient.admin.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.iclei.africa.resilient.accounts.domain.Role;
import org.iclei.africa.resilient.shared.mail.SecretLinks;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.shared.mail.MailStatus;
import org.iclei.africa.resilient.shared.mail.OutgoingMail;
import org.iclei.africa.resilient.shared.mail.OutgoingMailRepository;

/**
 * The mail outbox as administrators see it: every mail with its status, attempts and last error, its text with
 * the secrets of its links masked ({@link SecretLinks} — a confirmation or reset link works for whoever reads
 * it) while it waits or after it failed (a delivered mail keeps no text), and "resend", which puts a failed mail back
 * in the queue (audited).
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class OutboxAdministration {

    public static final String RECORD_TYPE = "mail";
    public static final String NOT_FOUND = "admin.notFound";
    /** The mail is waiting to be sent already. */
    public static final String ALREADY_QUEUED = "admin.mail.alreadyQueued";
    /** The mail was delivered: its text (and its links) is no longer kept. */
    public static final String TEXT_GONE = "admin.mail.textGone";

    @Inject
    OutgoingMailRepository mails;

    @Inject
    AuditLog audit;

    /** A mail of the outbox as the back office shows it: never with its secrets. */
    public record MailView(long id, long version, String recipient, String subject, String maskedBody, String language,
                           MailStatus status, int attempts, String lastError, Instant createdAt, Instant nextAttemptAt,
                           Instant sentAt, boolean resendable) implements Serializable {

        static MailView of(OutgoingMail mail) {
            return new MailView(mail.getId(), mail.getVersion(), mail.getRecipient(), mail.getSubject(),
                    SecretLinks.mask(mail.getBody()), mail.getLanguage(), mail.getStatus(), mail.getAttempts(),
                    SecretLinks.mask(mail.getLastError()), mail.getCreatedAt(), mail.getNextAttemptAt(), mail.getSentAt(),
                    mail.canRequeue());
        }

        public long getId() {
            return id;
        }

        public long getVersion() {
            return version;
        }

        public String getRecipient() {
            return recipient;
        }

        public String getSubject() {
            return subject;
        }

        public String getMaskedBody() {
            return maskedBody;
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

        public Instant getCreatedAt() {
            return createdAt;
        }

        public Instant getNextAttemptAt() {
            return nextAttemptAt;
        }

        public Instant getSentAt() {
            return sentAt;
        }

        /** Given up, or sent with its text still kept (delivered mail keeps no text, see {@link OutgoingMail#markSent}). */
        public boolean isResendable() {
            return resendable;
        }
    }

    /** The mails with this status (null: all, the failed ones first), newest first. */
    public List<MailView> list(MailStatus status, int first, int max) {
        return mails.list(status, first, max).stream().map(MailView::of).toList();
    }

    public long count(MailStatus status) {
        return mails.count(status);
    }

    public MailView find(long id) {
        return MailView.of(mail(id));
    }

    /** Puts a sent or failed mail back in the queue, attempts reset, unless it changed since it was shown. */
    public void resend(long id, Long version) {
        OutgoingMail mail = mail(id);
        audit.checkVersion(RECORD_TYPE, id, mail.getVersion(), version);
        if (!mail.canRequeue()) {
            throw new BusinessException(mail.getStatus() == MailStatus.PENDING ? ALREADY_QUEUED : TEXT_GONE);
        }
        Changes changes = new Changes().field("status", mail.getStatus(), MailStatus.PENDING)
                .field("attempts", mail.getAttempts(), 0).field("lastError", mail.getLastError(), null);
        mail.requeue(Instant.now());
        audit.record("mail.resend", RECORD_TYPE, id, mail.getSubject() + " → " + mail.getRecipient(), changes);
    }

    private OutgoingMail mail(long id) {
        return mails.find(id).orElseThrow(() -> new BusinessException(NOT_FOUND));
    }
}
