package org.iclei.africa.resilient.web.tool;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ResourceBundle;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.tool.domain.EditableRow;
import org.iclei.africa.resilient.tool.domain.ProcessStep;
import org.iclei.africa.resilient.web.support.VisitorLanguage;

/**
 * What every page of the tool does the same way: who is signed in, and how an action ends — a redirect
 * back to the page with a "done" notice (safe to reload), or the refusal shown with the member's input kept.
 */
abstract class ToolPage {

    @Inject
    SecurityContext security;

    @Inject
    VisitorLanguage language;

    private boolean conflict;

    /** The refusal of the last action, if it was refused. */
    protected BusinessException lastRefusal;

    /** The path of the page, for the redirect after a successful action. */
    abstract String path();

    /** The extensionless path of the page being shown, e.g. {@code /tool/steps/monitoring}. */
    protected static String viewPath() {
        String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return viewId.endsWith(".xhtml") ? viewId.substring(0, viewId.length() - ".xhtml".length()) : viewId;
    }

    /** The step whose page is shown, from the last part of its path; null outside the step pages. */
    protected static ProcessStep viewStep() {
        String path = viewPath();
        String slug = path.substring(path.lastIndexOf('/') + 1);
        return ProcessStep.bySlug(slug).orElse(null);
    }

    /** A whole number from a request parameter, or null. */
    protected static Long idParameter(String value) {
        return value != null && value.matches("\\d{1,18}") ? Long.valueOf(value) : null;
    }

    protected String email() {
        return security.getCallerPrincipal().getName();
    }

    protected void act(Runnable action, String doneKey) throws IOException {
        try {
            action.run();
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().put("done", bundle().getString(doneKey));
            external.redirect(external.getRequestContextPath() + path());
        } catch (BusinessException e) {
            lastRefusal = e;
            conflict = EditableRow.CONFLICT.equals(e.getMessageKey());
            error(text(e));
            FacesContext.getCurrentInstance().validationFailed();
        } catch (EJBException e) {
            error(bundle().getString("tool.failed"));
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** Deletes the row named by the posted {@code deleteId} and {@code deleteVersion} (one small form per row). */
    protected void deleteFromRequest(HttpServletRequest request, RowDeletion deletion, String doneKey) throws IOException {
        Long id = idParameter(request.getParameter("deleteId"));
        Long version = idParameter(request.getParameter("deleteVersion"));
        if (id == null || version == null) {
            error(bundle().getString(EditableRow.ROW_NOT_FOUND));
            return;
        }
        act(() -> deletion.delete(id, version), doneKey);
    }

    /** A service's deletion of a row of a given version. */
    @FunctionalInterface
    protected interface RowDeletion {
        void delete(long id, long version);
    }

    /** The message of a refusal in the member's language; a conflict names who changed the row and when. */
    protected String text(BusinessException e) {
        String pattern = bundle().getString(e.getMessageKey());
        Object[] arguments = e.getArguments();
        if (arguments.length == 2 && arguments[1] instanceof Instant when) {
            String time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(language.getLocale())
                    .format(when.atZone(ZoneId.systemDefault()));
            return MessageFormat.format(pattern.replace("'", "''"), arguments[0], time);
        }
        return pattern;
    }

    protected static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    protected static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    public boolean isConflict() {
        return conflict;
    }
}
