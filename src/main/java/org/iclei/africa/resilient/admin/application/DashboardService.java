package org.iclei.africa.resilient.admin.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.iclei.africa.resilient.accounts.domain.Role;
import org.iclei.africa.resilient.content.domain.ContactMessageFilter;
import org.iclei.africa.resilient.content.domain.ContactMessageRepository;
import org.iclei.africa.resilient.shared.mail.MailStatus;
import org.iclei.africa.resilient.shared.mail.OutgoingMailRepository;

/** What needs an administrator's attention, counted for the top of {@code /admin}. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class DashboardService {

    @Inject
    ContactMessageRepository messages;

    @Inject
    OutgoingMailRepository mails;

    /** Messages nobody opened yet, messages not handled yet, mails given up. */
    public record Attention(long unreadMessages, long openMessages, long failedMails) {

        public long getUnreadMessages() {
            return unreadMessages;
        }

        public long getOpenMessages() {
            return openMessages;
        }

        public long getFailedMails() {
            return failedMails;
        }
    }

    public Attention attention() {
        return new Attention(messages.count(ContactMessageFilter.UNREAD), messages.count(ContactMessageFilter.OPEN),
                mails.count(MailStatus.FAILED));
    }
}
