package org.iclei.africa.resilient.web.admin.mail;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.iclei.africa.resilient.admin.application.OutboxAdministration;
import org.iclei.africa.resilient.admin.application.OutboxAdministration.MailView;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.web.admin.AdminPage;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /admin/mail/mail?id=N}: one mail of the outbox — recipient, subject, how its attempts went, and its text
 * with the secrets of its links masked — and "resend" for a mail that was sent or given up.
 */
@Named("adminMail")
@ViewScoped
public class MailBacking extends AdminPage {

    private static final long serialVersionUID = 1L;

    @Inject
    OutboxAdministration outbox;

    @Inject
    @Param(name = "id")
    Long id;

    private MailView mail;
    private Long version;

    /** Before the page is rendered on its GET (not after an action): loads the record, or answers 404. */
    public void open() throws IOException {
        if (Faces.isPostback()) {
            return;
        }
        try {
            if (id != null) {
                mail = outbox.find(id);
                version = mail.version();
                return;
            }
        } catch (BusinessException e) {
            // answered below
        }
        Faces.responseSendError(404, "no such mail");
        Faces.responseComplete();
    }

    public void resend() throws IOException {
        if (act(() -> outbox.resend(id, version), "admin.mail.resent")) {
            Faces.redirect("admin/mail/mail?id=%s", String.valueOf(id));
        }
    }

    public MailView getMail() {
        return mail;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
