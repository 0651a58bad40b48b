/**
 * The e-mail outbox: every mail the portal sends is first stored here as a row, then delivered by the
 * sender in {@code config} with retries, so that an SMTP outage never loses a mail. Modules queue mail through
 * {@link org.iclei.africa.resilient.shared.mail.MailOutbox}; the table is reached through {@link org.iclei.africa.resilient.shared.mail.OutgoingMailRepository}.
 * {@link org.iclei.africa.resilient.shared.mail.MailLimits} limits the mails a visitor can cause, per kind and target
 * address and per client address (settings: {@link org.iclei.africa.resilient.shared.mail.MailLimitSettings}).
 * A delivered mail keeps no text; {@link org.iclei.africa.resilient.shared.mail.SecretLinks} masks the secrets of links wherever a
 * mail's text is shown (the back office, the log).
 */
package org.iclei.africa.resilient.shared.mail;
