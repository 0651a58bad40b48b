package org.iclei.africa.resilient.web.tool;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.iclei.africa.resilient.web.support.DateFormats;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.tool.domain.EditableRow;
import org.iclei.africa.resilient.tool.domain.ProcessStep;
import org.iclei.africa.resilient.web.support.VisitorLanguage;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

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
        String viewId = Faces.getViewId();
        return viewId.endsWith(".xhtml") ? viewId.substring(0, viewId.length() - ".xhtml".length()) : viewId;
    }

    /** The step whose page is shown, from the last part of its path; null outside the step pages. */
    protected static ProcessStep viewStep() {
        String path = viewPath();
        String slug = path.substring(path.lastIndexOf('/') + 1);
        return ProcessStep.bySlug(slug).orElse(null);
    }

    protected String email() {
        return security.getCallerPrincipal().getName();
    }

    /** What a service answers for the signed-in member, or null with its refusal shown. */
    protected <T> T read(Function<String, T> query) {
        try {
            return query.apply(email());
        } catch (BusinessException e) {
            error(text(e));
            return null;
        }
    }

    /**
     * Runs an action, then redirects back with the "done" notice; a refusal stays on the page as a message.
     * A request whose {@code @Param} did not convert (an id that is not a number) is refused as not found.
     */
    protected void act(Runnable action, String doneKey) {
        if (Faces.isValidationFailed()) {
            notFound();
            return;
        }
        try {
            action.run();
            Faces.setFlashAttribute("done", bundle().getString(doneKey));
            Faces.redirect(Faces.getRequestContextPath() + path());
        } catch (BusinessException e) {
            lastRefusal = e;
            conflict = EditableRow.CONFLICT.equals(e.getMessageKey());
            error(text(e));
            Faces.validationFailed();
        } catch (EJBException e) {
            error(bundle().getString("tool.failed"));
            Faces.validationFailed();
        }
    }

    /** Acts on the row or member a posted id names, or says it does not exist when the id is missing or not a number. */
    protected void actOn(Long id, Runnable action, String doneKey) {
        if (id == null) {
            notFound();
        } else {
            act(action, doneKey);
        }
    }

    /** The message of a refusal in the member's language; a conflict names who changed the row and when. */
    protected String text(BusinessException e) {
        String pattern = bundle().getString(e.getMessageKey());
        Object[] arguments = e.getArguments();
        if (arguments.length == 2 && arguments[1] instanceof Instant when) {
            String time = DateFormats.dateTime(when, language.getLocale());
            return MessageFormat.format(pattern.replace("'", "''"), arguments[0], time);
        }
        return pattern;
    }

    /** Says that what the request names is not in the member's workspace. */
    protected static void notFound() {
        error(bundle().getString(EditableRow.ROW_NOT_FOUND));
    }

    protected static void error(String text) {
        Messages.addGlobalError(text);
    }

    protected static ResourceBundle bundle() {
        return Faces.getResourceBundle("msg");
    }

    public boolean isConflict() {
        return conflict;
    }
}
