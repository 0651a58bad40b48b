package org.iclei.africa.resilient.web.tool;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import java.util.function.Function;
import org.iclei.africa.resilient.web.support.DateFormats;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.tool.domain.ChangeSummaries;
import org.iclei.africa.resilient.tool.domain.EditableRow;
import org.iclei.africa.resilient.tool.domain.ProcessStep;
import org.iclei.africa.resilient.web.support.VisitorLanguage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
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
            String fragment = fragment(Faces.getRequestParameterMap());
            if (!fragment.isEmpty()) {
                Faces.setFlashAttribute("doneAt", fragment.substring(1)); // where the page repeats the "done" notice
            }
            Faces.redirect(Faces.getRequestContextPath() + path() + fragment);
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

    /** What an anchor may be: an element id of the portal's own making. */
    private static final Pattern ANCHOR = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,80}");

    /** The posted ids of an edited row, and the prefix of that row's element id in the page. */
    private static final Map<String, String> ROW_IDS = Map.of("rowId", "row-", "riskId", "risk-", "actionId", "action-");

    /**
     * Where the page opens after an action's redirect, so that the member stays where they acted: the
     * {@code anchor} the form posted (e.g. the worksheet's section after a delete), else the row that was
     * edited ({@code #row-12}, {@code #risk-3}), else the form that was sent ({@code #risk-form}); a form that
     * is gone after its action (delete, remove, withdraw) gives no anchor. Empty, or {@code #} and the id.
     */
    static String fragment(Map<String, String> posted) {
        String anchor = posted.get("anchor");
        if (anchor != null && ANCHOR.matcher(anchor).matches()) {
            return "#" + anchor;
        }
        for (Map.Entry<String, String> row : ROW_IDS.entrySet()) {
            String id = posted.get(row.getKey());
            if (id != null && id.matches("\\d{1,18}")) {
                return "#" + row.getValue() + id;
            }
        }
        String form = submittedForm(posted);
        if (form == null || !ANCHOR.matcher(form).matches() || form.matches("(delete|remove|withdraw)-.*")) {
            return "";
        }
        return "#" + form;
    }

    /** The id of the form that was sent: Faces posts each form's id as a parameter of the same name and value. */
    private static String submittedForm(Map<String, String> posted) {
        for (Map.Entry<String, String> p : posted.entrySet()) {
            if (p.getKey().equals(p.getValue()) && Faces.getContext() != null && Faces.getViewRoot() != null) {
                UIComponent found = Faces.getViewRoot().findComponent(p.getKey());
                if (found instanceof UIForm) {
                    return p.getKey();
                }
            }
        }
        return null;
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
            Object who = arguments[0] instanceof String name ? ChangeSummaries.text(name, bundle()) : arguments[0];
            return MessageFormat.format(pattern.replace("'", "''"), who, time);
        }
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern.replace("'", "''"), arguments);
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
