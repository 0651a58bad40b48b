package org.iclei.africa.resilient.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import org.iclei.africa.resilient.tool.domain.ProcessStep;

/**
 * The top navigation of the original site, in its order: Home · Tool · Pioneers · Supporters · Resources · Register · About Us · Contacts
 * ("Register" only for visitors who are not signed in), and the eight steps with their neighbours for the step pages.
 */
@Named("navigation")
@ApplicationScoped
public class Navigation {

    /** One menu entry: {@code id} names the page (the views' {@code page} parameter), {@code path} is its URL. */
    public record Item(String id, String path) {
        /** The i18n key of the entry's label. */
        public String getLabelKey() {
            return "nav." + id;
        }

        public String getId() {
            return id;
        }

        public String getPath() {
            return path;
        }
    }

    private static final List<Item> ITEMS = List.of(
            new Item("home", "/"),
            new Item("tool", "/tool"),
            new Item("pioneers", "/pioneers"),
            new Item("supporters", "/supporters"),
            new Item("library", "/library"),
            new Item("register", "/register"),
            new Item("about", "/about"),
            new Item("contacts", "/contacts"));

    private static final List<Item> SIGNED_IN_ITEMS = ITEMS.stream().filter(item -> !item.id().equals("register")).toList();

    /** The menu; a signed-in visitor has an account already and does not see "Register". */
    public List<Item> getItems() {
        return isSignedIn() ? SIGNED_IN_ITEMS : ITEMS;
    }

    /** Whether the current request belongs to a signed-in visitor. */
    public boolean isSignedIn() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getExternalContext().getUserPrincipal() != null;
    }

    /** The ratings 1 to 5 of likelihood, consequence and the scores. */
    public List<Integer> getRatings() {
        return List.of(1, 2, 3, 4, 5);
    }

    /** The eight steps of the tool, for the step navigation of the member pages. */
    public List<ProcessStep> getToolSteps() {
        return List.of(ProcessStep.values());
    }

    /** The step before step {@code number}, or null for the first. */
    public ProcessStep previousStep(int number) {
        return ProcessStep.byNumber(number - 1).orElse(null);
    }

    /** The step after step {@code number}, or null for the last. */
    public ProcessStep nextStep(int number) {
        return ProcessStep.byNumber(number + 1).orElse(null);
    }
}
