package org.iclei.africa.resilient.web.content;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.iclei.africa.resilient.content.application.ContactForm;
import org.iclei.africa.resilient.content.application.ContactService;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.config.PortalSettings;
import org.iclei.africa.resilient.web.support.ClientAddress;
import org.iclei.africa.resilient.web.support.VisitorLanguage;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The contact form at /contacts. The view is stateless; whatever happens, the fields keep what the
 * visitor typed until the message is stored. A filled-in {@code website} field (hidden from people,
 * visible to naive scripts) gets the thanks but stores nothing.
 */
@Named("contact")
@RequestScoped
public class ContactBacking {

    private static final Logger LOG = Logger.getLogger(ContactBacking.class.getName());

    @Inject
    ContactService contacts;

    @Inject
    HttpServletRequest request;

    @Inject
    VisitorLanguage language;

    @Inject
    PortalSettings settings;

    private final ContactForm form = new ContactForm();

    private String website;
    private boolean sent;

    public void send() {
        if (website != null && !website.isBlank()) {
            LOG.info("Contact form: honeypot field filled in, message dropped");
            sent = true;
            return;
        }
        try {
            contacts.receive(form, ClientAddress.of(request, settings), language.getCode());
            sent = true;
        } catch (BusinessException e) {
            error(e.getMessageKey());
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "Contact message could not be stored", e);
            error("contacts.form.failed");
        }
    }

    private void error(String key) {
        Messages.addGlobalError(Faces.getBundleString(key));
    }

    public ContactForm getForm() {
        return form;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public boolean isSent() {
        return sent;
    }
}
