package org.iclei.africa.resilient.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
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

    private List<Item> items;

    /** The errors of this request, the form's own first, then the fields'. */
    public List<Item> getItems() {
        if (items == null) {
            items = collect(FacesContext.getCurrentInstance());
        }
        return items;
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
        global.addAll(fields);
        return global;
    }
}
