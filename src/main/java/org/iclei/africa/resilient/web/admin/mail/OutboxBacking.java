package org.iclei.africa.resilient.web.admin.mail;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.iclei.africa.resilient.admin.application.OutboxAdministration;
import org.iclei.africa.resilient.admin.application.OutboxAdministration.MailView;
import org.iclei.africa.resilient.shared.mail.MailStatus;
import org.iclei.africa.resilient.web.admin.AdminPage;
import org.iclei.africa.resilient.web.admin.PagedRows;
import org.omnifaces.cdi.Param;

/** {@code /admin/mail?status=FAILED|PENDING|SENT}: the mail outbox, the failed mails first, a page at a time. */
@Named("adminOutbox")
@ViewScoped
public class OutboxBacking extends AdminPage {

    private static final long serialVersionUID = 1L;

    @Inject
    OutboxAdministration outbox;

    @Inject
    @Param(name = "status")
    String status;

    private MailStatus filter;
    private PagedRows<MailView> rows;

    @PostConstruct
    void init() {
        filter = Arrays.stream(MailStatus.values()).filter(s -> s.name().equalsIgnoreCase(status == null ? "" : status.strip()))
                .findFirst().orElse(null);
        MailStatus shown = filter;
        OutboxAdministration service = outbox;
        rows = new PagedRows<>((first, max) -> service.list(shown, first, max), () -> service.count(shown));
    }

    /** The status filters in the order an administrator needs them: what failed, what waits, what went. */
    public List<MailStatus> getStatuses() {
        return List.of(MailStatus.FAILED, MailStatus.PENDING, MailStatus.SENT);
    }

    /** The status shown, or null for every mail. */
    public MailStatus getFilter() {
        return filter;
    }

    public PagedRows<MailView> getRows() {
        return rows;
    }
}
