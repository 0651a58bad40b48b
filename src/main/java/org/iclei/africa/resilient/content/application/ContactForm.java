package org.iclei.africa.resilient.content.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.iclei.africa.resilient.shared.validation.FieldLimits;
import org.iclei.africa.resilient.shared.validation.EmailAddress;

/**
 * What a visitor writes in the contact form. The same constraints check it in the page (messages next to
 * each field, in the visitor's language, from ValidationMessages*.properties) and in {@link ContactService}.
 */
public class ContactForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{contact.name.required}")
    @Size(max = FieldLimits.CONTACT_NAME, message = "{contact.name.size}")
    private String name;

    @NotBlank(message = "{contact.email.required}")
    @EmailAddress
    private String email;

    @Size(max = FieldLimits.ORGANISATION, message = "{contact.organisation.size}")
    private String organisation;

    @NotBlank(message = "{contact.subject.required}")
    @Size(max = FieldLimits.SUBJECT, message = "{contact.subject.size}")
    private String subject;

    @NotBlank(message = "{contact.message.required}")
    @Size(min = FieldLimits.MESSAGE_MIN, max = FieldLimits.MESSAGE_MAX, message = "{contact.message.size}")
    private String message;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
