package org.iclei.africa.resilient.admin.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.iclei.africa.resilient.accounts.domain.Role;
import org.iclei.africa.resilient.content.domain.ContactMessage;
import org.iclei.africa.resilient.content.domain.ContactMessageFilter;
import org.iclei.africa.resilient.content.domain.ContactMessageRepository;
import org.iclei.africa.resilient.shared.BusinessException;

/**
 * The contact form's inbox: messages newest first, unread until an administrator opens one, open until one marks
 * it handled (and open again when it needs an answer after all). Each of these changes is in the audit log.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class MessageInbox {

    public static final String RECORD_TYPE = "message";
    public static final String NOT_FOUND = "admin.notFound";

    @Resource
    SessionContext context;

    @Inject
    ContactMessageRepository messages;

    @Inject
    AuditLog audit;

    public List<ContactMessage> list(ContactMessageFilter filter, int first, int max) {
        return messages.list(filter, first, max);
    }

    public long count(ContactMessageFilter filter) {
        return messages.count(filter);
    }

    /** The message as an administrator opens it: the first opening marks it read. */
    public ContactMessage open(long id) {
        ContactMessage message = find(id);
        Instant now = Instant.now();
        if (message.markRead(now)) {
            audit.record("message.read", RECORD_TYPE, id, label(message), new Changes().field("readAt", null, now));
        }
        return message;
    }

    /** Marks the message handled, unless it changed since the administrator opened it ({@link AuditLog#CONFLICT}). */
    public void markHandled(long id, Long version) {
        ContactMessage message = find(id);
        audit.checkVersion(RECORD_TYPE, id, message.getVersion(), version);
        if (message.isHandled()) {
            return;
        }
        String by = context.getCallerPrincipal().getName();
        Instant now = Instant.now();
        Changes changes = new Changes().field("handled", false, true).field("handledBy", null, by);
        message.markHandled(now, by);
        audit.record("message.handle", RECORD_TYPE, id, label(message), changes);
    }

    /** Back to open (it needs an answer after all), unless it changed since it was opened. */
    public void reopen(long id, Long version) {
        ContactMessage message = find(id);
        audit.checkVersion(RECORD_TYPE, id, message.getVersion(), version);
        if (!message.isHandled()) {
            return;
        }
        Changes changes = new Changes().field("handled", true, false).field("handledBy", message.getHandledBy(), null);
        message.reopen();
        audit.record("message.reopen", RECORD_TYPE, id, label(message), changes);
    }

    private ContactMessage find(long id) {
        return messages.find(id).orElseThrow(() -> new BusinessException(NOT_FOUND));
    }

    static String label(ContactMessage message) {
        return message.getSubject() + " (" + message.getName() + ")";
    }
}
