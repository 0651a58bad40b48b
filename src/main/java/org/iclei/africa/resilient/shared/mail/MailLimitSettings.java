package org.iclei.africa.resilient.shared.mail;

/** The limits on mails that visitors can cause, declared here and provided by the composition root. */
public interface MailLimitSettings {

    /** Mails of one kind to one address within an hour ({@code PORTAL_MAIL_LIMIT_PER_ADDRESS_HOUR}, default 3). */
    int mailsPerAddressHour();

    /** Mails caused from one client address within an hour, all kinds together ({@code PORTAL_MAIL_LIMIT_PER_CLIENT_HOUR}, default 10). */
    int mailsPerClientHour();
}
