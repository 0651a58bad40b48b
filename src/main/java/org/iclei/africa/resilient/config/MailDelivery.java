package org.iclei.africa.resilient.config;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;
import org.iclei.africa.resilient.shared.mail.OutgoingMail;
import org.iclei.africa.resilient.shared.mail.OutgoingMailRepository;
import org.iclei.africa.resilient.shared.mail.SecretLinks;

/**
 * Sends the mails of the outbox that are due, one transaction per mail, over SMTP with Jakarta Mail.
 * Without {@code PORTAL_SMTP_HOST} a mail is written to the log instead, the secrets of its links masked
 * ({@link SecretLinks}) unless {@code PORTAL_MAIL_LOG_LINKS=true} (a developer's own machine: {@code mvn -Prun} sets it,
 * so that a registration can be confirmed locally). A delivered mail keeps no text in the outbox.
 */
@Stateless
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());
    static final int BATCH = 20;

    @Inject
    OutgoingMailRepository mails;

    @Inject
    PortalSettings settings;

    public List<Long> dueMailIds(Instant now) {
        return mails.dueIds(now, BATCH);
    }

    /**
     * Tries one mail; a failure is recorded on the mail (with its retry time), never thrown. The mail's row stays locked
     * until it is marked sent or failed, so another node skips it ({@link OutgoingMailRepository#claim}).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void deliver(long id) {
        deliver(id, Instant.now());
    }

    /** The same, for a mail due at {@code now} (tests give a time of their own). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void deliver(long id, Instant now) {
        OutgoingMail mail = mails.claim(id, now).orElse(null);
        if (mail == null) {
            return; // sent already, given up, waiting for its retry, or being sent by another node
        }
        if (settings.smtpHost().isEmpty()) {
            String body = logged(mail.getBody(), settings.mailLogLinks());
            LOG.info(() -> "No PORTAL_SMTP_HOST: mail to " + mail.getRecipient() + " written here instead\nSubject: "
                    + mail.getSubject() + "\n\n" + body);
            mail.markSent(now);
            return;
        }
        try {
            Transport.send(message(mail));
            mail.markSent(now);
            LOG.info(() -> "Mail " + id + " sent by node " + settings.nodeName());
        } catch (MessagingException | UnsupportedEncodingException e) {
            LOG.warning(() -> "Mail " + id + " to " + mail.getRecipient() + " not sent (attempt " + (mail.getAttempts() + 1) + "): " + e);
            mail.markFailed(e.toString(), now, settings.mailRetryBase());
        }
    }

    /** The text of a mail as the log shows it: its links' secrets masked, unless {@code withLinks}. */
    static String logged(String body, boolean withLinks) {
        return withLinks ? body : SecretLinks.mask(body)
                + "\n(links masked: set PORTAL_MAIL_LOG_LINKS=true on a developer's machine to see them, or set PORTAL_SMTP_HOST)";
    }

    private MimeMessage message(OutgoingMail mail) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new MimeMessage(session());
        InternetAddress[] from = InternetAddress.parse(settings.mailFrom());
        message.setFrom(from[0]);
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.getRecipient()));
        message.setSubject(mail.getSubject(), "UTF-8");
        message.setText(mail.getBody(), "UTF-8");
        message.setHeader("Content-Language", mail.getLanguage());
        message.setSentDate(new Date());
        return message;
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.smtpHost().orElseThrow());
        properties.put("mail.smtp.port", String.valueOf(settings.smtpPort()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "20000");
        properties.put("mail.smtp.writetimeout", "20000");
        if (settings.smtpPort() == 587) {
            properties.put("mail.smtp.starttls.enable", "true");
        }
        if (settings.smtpPort() == 465) {
            properties.put("mail.smtp.ssl.enable", "true");
        }
        if (settings.smtpUser().isPresent()) {
            properties.put("mail.smtp.auth", "true");
            String user = settings.smtpUser().get();
            String password = settings.smtpPassword().orElse("");
            return Session.getInstance(properties, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            });
        }
        return Session.getInstance(properties);
    }
}
