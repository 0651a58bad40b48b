package org.iclei.africa.resilient.web.admin.messages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.iclei.africa.resilient.admin.application.MessageInbox;
import org.iclei.africa.resilient.content.domain.ContactMessage;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.web.admin.AdminPage;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /admin/messages/message?id=N}: one message (opening it marks it read), with "mark handled" / "open again"
 * (the form carries the version the administrator saw) and a reply by e-mail through a {@code mailto:} link.
 */
@Named("adminMessage")
@ViewScoped
public class MessageBacking extends AdminPage {

    private static final long serialVersionUID = 1L;

    @Inject
    MessageInbox inbox;

    @Inject
    @Param(name = "id")
    Long id;

    private ContactMessage message;
    private Long version;

    /** Before the page is rendered on its GET (not after an action): the message, marked read; an unknown id answers 404. */
    public void open() throws IOException {
        if (Faces.isPostback()) {
            return;
        }
        if (id == null) {
            Faces.responseSendError(404, "no such message");
            Faces.responseComplete();
            return;
        }
        try {
            message = inbox.open(id);
            version = message.getVersion();
        } catch (BusinessException e) {
            Faces.responseSendError(404, "no such message");
            Faces.responseComplete();
        }
    }

    public void markHandled() throws IOException {
        if (act(() -> inbox.markHandled(id, version), "admin.messages.handledDone")) {
            Faces.redirect("admin/messages/message?id=%s", String.valueOf(id));
        }
    }

    public void reopen() throws IOException {
        if (act(() -> inbox.reopen(id, version), "admin.messages.reopenedDone")) {
            Faces.redirect("admin/messages/message?id=%s", String.valueOf(id));
        }
    }

    public String getReplyLink() {
        return MailtoLink.reply(message.getEmail(), text("admin.messages.replySubject", message.getSubject()));
    }

    /** "Handled by … on …", in the administrator's language. */
    public String getHandledText() {
        return text("admin.messages.handledBy", message.getHandledBy(), message.getHandledAt());
    }

    public ContactMessage getMessage() {
        return message;
    }

    public Long getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
