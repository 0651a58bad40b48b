package org.iclei.africa.resilient.accounts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.iclei.africa.resilient.accounts.domain.Account;
import org.iclei.africa.resilient.shared.mail.MailOutbox;

/**
 * The e-mails about accounts, written in the account's language from the i18n bundle
 * ({@code mail.<kind>.subject} and {@code mail.<kind>.body}, where {0} is the name, {1} the link and {2} a detail).
 */
@ApplicationScoped
public class AccountMails {

    @Inject
    MailOutbox outbox;

    @Inject
    AccountSettings settings;

    /** Queues mail {@code kind} in {@code language} to {@code recipient}, about {@code name}, with a link to {@code path} on the portal. */
    public void send(String kind, String language, String name, String path, String recipient) {
        queue(kind, language, recipient, name, path, null);
    }

    /** Queues mail {@code kind} to the account's owner, where {2} in the body is {@code detail} (e.g. the address asked for). */
    public void send(String kind, Account account, String path, String detail) {
        queue(kind, account.getLanguage(), account.getEmail(), account.getFullName(), path, detail);
    }

    private void queue(String kind, String language, String recipient, String name, String path, String detail) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag(language));
        String link = settings.baseUrl() + (path == null ? "/" : path);
        String subject = bundle.getString("mail." + kind + ".subject");
        String body = new MessageFormat(bundle.getString("mail." + kind + ".body"), Locale.forLanguageTag(language))
                .format(new Object[] {name, link, detail});
        outbox.queue(recipient, subject, body, language);
    }

    /** Queues mail {@code kind} to the account's owner, in the account's language. */
    public void send(String kind, Account account, String path) {
        send(kind, account.getLanguage(), account.getFullName(), path, account.getEmail());
    }
}
