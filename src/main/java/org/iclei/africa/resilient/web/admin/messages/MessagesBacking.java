package org.iclei.africa.resilient.web.admin.messages;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.iclei.africa.resilient.admin.application.MessageInbox;
import org.iclei.africa.resilient.content.domain.ContactMessage;
import org.iclei.africa.resilient.content.domain.ContactMessageFilter;
import org.iclei.africa.resilient.web.admin.AdminPage;
import org.iclei.africa.resilient.web.admin.PagedRows;
import org.omnifaces.cdi.Param;

/** {@code /admin/messages?show=unread|open|handled}: the contact form's inbox, newest first, a page at a time. */
@Named("adminMessages")
@ViewScoped
public class MessagesBacking extends AdminPage {

    private static final long serialVersionUID = 1L;

    @Inject
    MessageInbox inbox;

    @Inject
    @Param(name = "show")
    String show;

    private ContactMessageFilter filter;
    private PagedRows<ContactMessage> rows;

    @PostConstruct
    void init() {
        filter = Arrays.stream(ContactMessageFilter.values()).filter(f -> f.name().equalsIgnoreCase(show == null ? "" : show.strip()))
                .findFirst().orElse(ContactMessageFilter.ALL);
        ContactMessageFilter shown = filter;
        MessageInbox service = inbox;
        rows = new PagedRows<>((first, max) -> service.list(shown, first, max), () -> service.count(shown));
    }

    public List<ContactMessageFilter> getFilters() {
        return List.of(ContactMessageFilter.values());
    }

    /** The URL parameter of a filter ({@code all} is the plain list). */
    public String param(ContactMessageFilter f) {
        return f.name().toLowerCase(Locale.ROOT);
    }

    public ContactMessageFilter getFilter() {
        return filter;
    }

    public PagedRows<ContactMessage> getRows() {
        return rows;
    }
}
