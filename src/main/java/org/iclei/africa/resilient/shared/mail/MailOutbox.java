package org.iclei.africa.resilient.shared.mail;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;

/** Queues e-mails: they are stored in the caller's transaction, so a mail exists exactly when what caused it was saved. */
@Stateless
public class MailOutbox {

    @Inject
    OutgoingMailRepository mails;

    public OutgoingMail queue(String recipient, String subject, String body, String language) {
        OutgoingMail mail = new OutgoingMail(recipient, truncate(subject, 300), body, language, Instant.now());
        mails.add(mail);
        return mail;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
