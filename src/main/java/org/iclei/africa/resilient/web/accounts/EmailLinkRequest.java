package org.iclei.africa.resilient.web.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.iclei.africa.resilient.shared.validation.FieldLimits;

/**
 * A page that mails a link to the address typed in ({@code /account/forgot}, {@code /account/resend}). The
 * answer is the same whether or not the address has an account, so nobody learns which addresses exist.
 */
public abstract class EmailLinkRequest {

    @NotBlank(message = "{register.email.required}")
    @Size(max = FieldLimits.EMAIL, message = "{contact.email.size}")
    private String email;

    private boolean sent;

    /** Mails the link to {@code address} when it has a suitable account. */
    protected abstract void mailLink(String address);

    public void send() {
        mailLink(email);
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
