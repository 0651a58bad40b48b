/**
 * Backing beans of {@code /admin/mail} (the mail outbox, failed mails first, {@code OutboxBacking}) and of one
 * mail, {@code /admin/mail/mail?id=N} ({@code MailBacking}: its text with the secrets of its links masked, and
 * "resend"). They call {@code admin.application.OutboxAdministration}, which never hands out a mail's real text.
 */
package org.iclei.africa.resilient.web.admin.mail;
