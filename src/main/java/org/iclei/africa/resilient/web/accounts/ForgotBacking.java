package org.iclei.africa.resilient.web.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.iclei.africa.resilient.accounts.application.PasswordResetService;

/** /account/forgot: asks for a reset link; the answer is the same whether or not the address has an account. */
@Named
@RequestScoped
public class ForgotBacking {

    @Inject
    PasswordResetService resets;

    @NotBlank(message = "{register.email.required}")
    @Size(max = 254, message = "{contact.email.size}")
    private String email;

    private boolean sent;

    public void send() {
        resets.requestReset(email);
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
