package org.iclei.africa.resilient.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * The error summary at the top of a form ({@code WEB-INF/includes/error-summary.xhtml}): every error of the
 * request at once, in the order the fields were checked (the page's order), each linking to its field.
 */
@Named("errorSummary")
@RequestScoped
public class ErrorSummary {

    /** One refusal: {@code target} is the id of the field it concerns, or null for the form as a whole. */
    public record Item(String target, String text) {
        public String getTarget() {
            return target;
        }

        public String getText() {
            return text;
        }
    }

    /**
     * The errors of this request so far, the form's own first, then the fields'. Not kept: Faces asks whether the
     * summary is rendered already while decoding the post, before the fields are checked.
     */
    public List<Item> getItems() {
        return collect(FacesContext.getCurrentInstance());
    }

    public boolean isShown() {
        return !getItems().isEmpty();
    }

    static List<Item> collect(FacesContext context) {
        List<Item> global = new ArrayList<>();
        List<Item> fields = new ArrayList<>();
        Iterator<String> ids = context.getClientIdsWithMessages();
        while (ids.hasNext()) {
            String id = ids.next();
            for (FacesMessage message : context.getMessageList(id)) {
                if (FacesMessage.SEVERITY_ERROR.compareTo(message.getSeverity()) <= 0) {
                    (id == null ? global : fields).add(new Item(id, message.getSummary()));
                }
            }
        }
        if (fields.size() > 1 && context.getViewRoot() != null) {
            List<String> order = new ArrayList<>();
            inPageOrder(context, context.getViewRoot(), order);
            fields.sort(Comparator.comparingInt(item -> {
                int at = order.indexOf(item.target());
                return at < 0 ? Integer.MAX_VALUE : at;
            }));
        }
        global.addAll(fields);
        return global;
    }

    /** The client ids of the page's inputs in the order they appear (a cross-field check adds its message last). */
    private static void inPageOrder(FacesContext context, UIComponent component, List<String> order) {
        if (component instanceof UIInput) {
            order.add(component.getClientId(context));
        }
        Iterator<UIComponent> kids = component.getFacetsAndChildren();
        while (kids.hasNext()) {
            inPageOrder(context, kids.next(), order);
        }
    }
}
