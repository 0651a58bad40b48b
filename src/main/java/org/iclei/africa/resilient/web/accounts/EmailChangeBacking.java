package org.iclei.africa.resilient.web.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iclei.africa.resilient.accounts.application.PasswordResetService;
import org.omnifaces.cdi.Param;

/** /account/email?token=…: the link sent to a new e-mail address; opening it makes the change. */
@Named
@RequestScoped
public class EmailChangeBacking {

    @Inject
    PasswordResetService changes;

    @Inject
    @Param(name = "token")
    String token;

    private String newEmail;

    @PostConstruct
    void confirm() {
        newEmail = changes.confirmEmailChange(token).orElse(null);
    }

    public boolean isChanged() {
        return newEmail != null;
    }

    public String getNewEmail() {
        return newEmail;
    }
}
