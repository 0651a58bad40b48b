package org.iclei.africa.resilient.web.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.iclei.africa.resilient.accounts.application.RegistrationService;

/** /account/resend: a new confirmation link for an unconfirmed account (the answer never says whether the address exists). */
@Named
@RequestScoped
public class ResendBacking {

    @Inject
    RegistrationService registrations;

    @NotBlank(message = "{register.email.required}")
    @Size(max = 254, message = "{contact.email.size}")
    private String email;

    private boolean sent;

    public void resend() {
        registrations.resendConfirmation(email);
        sent = true;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isSent() {
        return sent;
    }
}
