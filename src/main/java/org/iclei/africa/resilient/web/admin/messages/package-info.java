/**
 * Backing beans of {@code /admin/messages} (the contact form's inbox, {@code MessagesBacking}) and of one message,
 * {@code /admin/messages/message?id=N} ({@code MessageBacking}: read, mark handled or open again, reply by a
 * {@code mailto:} link built by {@code MailtoLink}). They call {@code admin.application.MessageInbox}.
 */
package org.iclei.africa.resilient.web.admin.messages;
