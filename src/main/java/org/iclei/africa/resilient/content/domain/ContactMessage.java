package org.iclei.africa.resilient.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.iclei.africa.resilient.shared.BaseEntity;
import org.iclei.africa.resilient.shared.validation.FieldLimits;

/** A message a visitor sent with the contact form; the back office reads it and marks it handled. */
@Entity
@Table(name = "contact_message")
@NamedQuery(name = "ContactMessage.countFromClientSince",
        query = "select count(m) from ContactMessage m where m.clientKey = :clientKey and m.createdAt >= :since")
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

    public void markHandled(Instant when) {
        handled = true;
        handledAt = when;
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
}
