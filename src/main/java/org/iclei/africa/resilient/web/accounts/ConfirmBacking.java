package org.iclei.africa.resilient.web.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.iclei.africa.resilient.accounts.application.RegistrationService;
import org.iclei.africa.resilient.accounts.application.RegistrationService.Confirmation;

/** /account/confirm?token=…: the link from the confirmation mail. */
@Named
@RequestScoped
public class ConfirmBacking {

    @Inject
    HttpServletRequest request;

    @Inject
    RegistrationService registrations;

    private Confirmation result;

    @PostConstruct
    void confirm() {
        result = registrations.confirm(request.getParameter("token"));
    }

    public String getResult() {
        return result.name();
    }
}
