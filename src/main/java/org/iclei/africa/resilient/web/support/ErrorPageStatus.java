package org.iclei.africa.resilient.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * Lets an error page give its own HTTP status, e.g. the "page expired" page answers 400 (a forged or expired view
 * state is the client's request, not a server failure), although the container shows it for an exception (500).
 */
@Named("errorPage")
@RequestScoped
public class ErrorPageStatus {

    public void status(int code) {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(code);
    }
}
