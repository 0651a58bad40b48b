package org.iclei.africa.resilient.web.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iclei.africa.resilient.accounts.application.RegistrationService;
import org.iclei.africa.resilient.accounts.application.RegistrationService.Confirmation;
import org.omnifaces.cdi.Param;

/** /account/confirm?token=…: the link from the confirmation mail. */
@Named
@RequestScoped
public class ConfirmBacking {

    @Inject
    RegistrationService registrations;

    @Inject
    @Param(name = "token")
    String token;

    private Confirmation result;

    @PostConstruct
    void confirm() {
        result = registrations.confirm(token);
    }

    public String getResult() {
        return result.name();
    }
}
