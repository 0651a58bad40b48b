package org.iclei.africa.resilient.web.support;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import java.util.regex.Pattern;

/**
 * Keeps people where they act when a form is refused: a form with the attribute {@code anchor}
 * ({@code <f:attribute name="anchor" value="risk-form-heading"/>}) posts to its page's URL with that fragment, so that
 * the refused answer opens at the form and its error summary rather than at the top of a long page. No JavaScript.
 * (A form that succeeds redirects; see {@code web.tool.ToolPage}.)
 */
public class FormAnchorViewHandler extends ViewHandlerWrapper {

    private static final Pattern ANCHOR = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,80}");

    public FormAnchorViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        UIComponent current = UIComponent.getCurrentComponent(context);
        if (current instanceof UIForm && current.getAttributes().get("anchor") instanceof String anchor
                && ANCHOR.matcher(anchor).matches() && url.indexOf('#') < 0) {
            return url + "#" + anchor;
        }
        return url;
    }
}
