package org.iclei.africa.resilient.web.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import org.iclei.africa.resilient.accounts.application.PasswordResetForm;
import org.iclei.africa.resilient.accounts.application.PasswordResetService;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.shared.validation.NewPassword;
import org.omnifaces.cdi.Param;

/** /account/reset?token=…: a new password from the e-mailed link (one hour, once); the form posts the token back. */
@Named
@RequestScoped
public class ResetBacking {

    @Inject
    PasswordResetService resets;

    @Inject
    @Param(name = "token")
    String token;

    @NotBlank(message = "{register.password.required}")
    @NewPassword
    private String password;

    private boolean usable;
    private boolean done;

    @PostConstruct
    void load() {
        usable = resets.isUsable(token);
    }

    public void reset() {
        try {
            resets.reset(new PasswordResetForm(token, password));
            done = true;
        } catch (BusinessException e) {
            if (PasswordResetService.INVALID_LINK.equals(e.getMessageKey())) {
                usable = false;
            }
            AccountTexts.refuse("password", e.getMessageKey());
        }
    }

    public String getToken() {
        return token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isUsable() {
        return usable;
    }

    public boolean isDone() {
        return done;
    }
}
