package org.iclei.africa.resilient.web.tool;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.time.Instant;
import org.iclei.africa.resilient.config.PortalSettings;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.web.support.ClientAddress;
import org.iclei.africa.resilient.web.support.DateFormats;
import org.iclei.africa.resilient.tool.application.WorkspaceAccessService;
import org.iclei.africa.resilient.tool.application.WorkspaceAccessService.Status;
import org.iclei.africa.resilient.web.support.VisitorLanguage;
import org.omnifaces.util.Faces;

/**
 * The banner of every member page (WEB-INF/includes/access-banner.xhtml): the member's role and the workspace's
 * access — "trial until …", "membership until …", "trial ended on … — read only" — and the button that asks
 * ICLEI Africa for membership.
 */
@Named("access")
@RequestScoped
public class AccessBanner {

    @Inject
    SecurityContext security;

    @Inject
    WorkspaceAccessService service;

    @Inject
    VisitorLanguage language;

    @Inject
    PortalSettings settings;

    private Status status;
    private boolean loaded;

    /** The signed-in account's status in its workspace; null without one. */
    public Status getStatus() {
        if (!loaded && security.getCallerPrincipal() != null) {
            status = service.status(security.getCallerPrincipal().getName()).orElse(null);
        }
        loaded = true;
        return status;
    }

    /** The message key of the status: {@code access.<STATE>}, or {@code access.MEMBER.noEnd}. */
    public String getKey() {
        Status s = getStatus();
        return "access." + s.access().name() + (s.date() == null ? ".noEnd" : "");
    }

    /** A date as the visitor writes dates, e.g. "5 December 2026" ({@link DateFormats}). */
    public String date(Instant when) {
        return DateFormats.date(when, language.getLocale());
    }

    public void requestMembership() {
        String done = "access.requestSent";
        try {
            service.requestMembership(security.getCallerPrincipal().getName(), ClientAddress.of(Faces.getRequest(), settings));
        } catch (BusinessException e) {
            done = e.getMessageKey();
        }
        Faces.setFlashAttribute("accessDone", Faces.getResourceBundle("msg").getString(done));
        String viewId = Faces.getViewId();
        String path = viewId.startsWith("/WEB-INF/") ? "/tool" : viewId.replaceFirst("\\.xhtml$", "");
        Faces.redirect(Faces.getRequestContextPath() + path);
    }
}
