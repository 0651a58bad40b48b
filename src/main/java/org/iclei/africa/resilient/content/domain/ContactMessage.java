package org.iclei.africa.resilient.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.iclei.africa.resilient.shared.BaseEntity;
import org.iclei.africa.resilient.shared.validation.FieldLimits;

/**
 * A message a visitor sent with the contact form. The back office lists it (unread until an administrator first
 * opens it), marks it handled — or open again — and answers it by e-mail outside the portal.
 */
@Entity
@Table(name = "contact_message")
@NamedQuery(name = "ContactMessage.countFromClientSince",
        query = "select count(m) from ContactMessage m where m.clientKey = :clientKey and m.createdAt >= :since")
@NamedQuery(name = "ContactMessage.findALL", query = "select m from ContactMessage m order by m.createdAt desc, m.id desc")
@NamedQuery(name = "ContactMessage.findByEmail",
        query = "select m from ContactMessage m where lower(m.email) = :email order by m.createdAt, m.id")
@NamedQuery(name = "ContactMessage.countALL", query = "select count(m) from ContactMessage m")
@NamedQuery(name = "ContactMessage.findUNREAD",
        query = "select m from ContactMessage m where m.readAt is null order by m.createdAt desc, m.id desc")
@NamedQuery(name = "ContactMessage.countUNREAD", query = "select count(m) from ContactMessage m where m.readAt is null")
@NamedQuery(name = "ContactMessage.findOPEN",
        query = "select m from ContactMessage m where m.handled = false order by m.createdAt desc, m.id desc")
@NamedQuery(name = "ContactMessage.countOPEN", query = "select count(m) from ContactMessage m where m.handled = false")
@NamedQuery(name = "ContactMessage.findHANDLED",
        query = "select m from ContactMessage m where m.handled = true order by m.createdAt desc, m.id desc")
@NamedQuery(name = "ContactMessage.countHANDLED", query = "select count(m) from ContactMessage m where m.handled = true")
public class ContactMessage extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = FieldLimits.CONTACT_NAME)
    private String name;

    @Column(nullable = false, length = FieldLimits.EMAIL)
    private String email;

    @Column(length = FieldLimits.ORGANISATION)
    private String organisation;

    @Column(nullable = false, length = FieldLimits.SUBJECT)
    private String subject;

    @Column(nullable = false, length = FieldLimits.MESSAGE_MAX)
    private String message;

    @Column(nullable = false, length = 8)
    private String language;

    /** A one-way hash of the sender's network address, for the rate limit; never the address itself. */
    @Column(name = "client_key", nullable = false, length = 64)
    private String clientKey;

    @Column(nullable = false)
    private boolean handled;

    @Column(name = "handled_at")
    private Instant handledAt;

    /** The administrator who marked it handled (their e-mail); null while it is open. */
    @Column(name = "handled_by", length = FieldLimits.EMAIL)
    private String handledBy;

    /** When an administrator first opened it; null: unread. */
    @Column(name = "read_at")
    private Instant readAt;

    protected ContactMessage() {
        // for JPA
    }

    public ContactMessage(String name, String email, String organisation, String subject, String message, String language, String clientKey) {
        this.name = name;
        this.email = email;
        this.organisation = organisation;
        this.subject = subject;
        this.message = message;
        this.language = language;
        this.clientKey = clientKey;
    }

    /** The first opening by an administrator; later ones change nothing. True when it was unread until now. */
    public boolean markRead(Instant when) {
        if (readAt != null) {
            return false;
        }
        readAt = when;
        return true;
    }

    public void markHandled(Instant when, String by) {
        handled = true;
        handledAt = when;
        handledBy = by;
        markRead(when);
    }

    /** Back to open: it needs an answer after all. It stays read. */
    public void reopen() {
        handled = false;
        handledAt = null;
        handledBy = null;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getSubject() {
        return subject;
    }

    public String getMessage() {
        return message;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isHandled() {
        return handled;
    }

    public Instant getHandledAt() {
        return handledAt;
    }

    public String getHandledBy() {
        return handledBy;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
