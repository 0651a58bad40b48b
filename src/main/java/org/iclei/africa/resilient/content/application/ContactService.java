package org.iclei.africa.resilient.content.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import org.iclei.africa.resilient.accounts.application.AccountSettings;
import org.iclei.africa.resilient.accounts.application.AdministratorService;
import org.iclei.africa.resilient.content.domain.ContactMessage;
import org.iclei.africa.resilient.content.domain.ContactMessageRepository;
import org.iclei.africa.resilient.content.domain.ContactRateLimit;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.shared.Texts;
import org.iclei.africa.resilient.shared.mail.MailOutbox;

/** Receives messages from the contact form: stores them and queues a copy to every administrator. */
@Stateless
public class ContactService {

    /** Message key of the answer when one address sent too many messages. */
    public static final String TOO_MANY = "contacts.form.tooMany";

    @Inject
    ContactMessageRepository messages;

    @Inject
    Validator validator;

    @Inject
    MailOutbox outbox;

    @Inject
    AdministratorService administrators;

    @Inject
    AccountSettings settings;

    /**
     * @param form          what the visitor wrote (validated again here)
     * @param clientAddress the sender's network address; only its hash is kept
     * @param language      the visitor's language
     * @throws BusinessException {@link #TOO_MANY} when the address sent {@value ContactRateLimit#MAX_MESSAGES} messages within the hour
     */
    public ContactMessage receive(ContactForm form, String clientAddress, String language) {
        Set<ConstraintViolation<ContactForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        String clientKey = clientKey(clientAddress);
        Instant now = Instant.now();
        long recent = messages.countFromClientSince(clientKey, ContactRateLimit.windowStart(now));
        if (!ContactRateLimit.allows(recent)) {
            throw new BusinessException(TOO_MANY);
        }
        ContactMessage message = new ContactMessage(form.getName().strip(), form.getEmail().strip(),
                Texts.blankToNull(form.getOrganisation()), form.getSubject().strip(), form.getMessage().strip(), language, clientKey);
        messages.add(message);
        String body = "A visitor wrote through the contact form of Resilient Africa.\n\n"
                + "Name: " + message.getName() + "\n"
                + "E-mail: " + message.getEmail() + "\n"
                + "Organisation: " + (message.getOrganisation() == null ? "-" : message.getOrganisation()) + "\n"
                + "Language: " + language + "\n"
                + "Subject: " + message.getSubject() + "\n\n"
                + message.getMessage() + "\n\n"
                + "Read it, mark it handled and reply from the back office:\n"
                + settings.baseUrl() + "/admin/messages/message?id=" + message.getId() + "\n";
        for (String admin : administrators.administratorEmails()) {
            outbox.queue(admin, "[Resilient Africa] " + message.getSubject(), body, "en");
        }
        return message;
    }

    /** A one-way hash of a network address, so the rate limit works without storing the address. */
    static String clientKey(String address) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(("contact-form:" + address).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
