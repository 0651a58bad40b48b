package org.iclei.africa.resilient.content.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * What a visitor writes in the contact form. The same constraints check it in the page (messages next to
 * each field, in the visitor's language, from ValidationMessages*.properties) and in {@link ContactService}.
 */
public class ContactForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{contact.name.required}")
    @Size(max = 120, message = "{contact.name.size}")
    private String name;

    @NotBlank(message = "{contact.email.required}")
    @Size(max = 254, message = "{contact.email.size}")
    @Email(message = "{contact.email.invalid}")
    @Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{contact.email.invalid}")
    private String email;

    @Size(max = 200, message = "{contact.organisation.size}")
    private String organisation;

    @NotBlank(message = "{contact.subject.required}")
    @Size(max = 200, message = "{contact.subject.size}")
    private String subject;

    @NotBlank(message = "{contact.message.required}")
    @Size(min = 10, max = 5000, message = "{contact.message.size}")
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
