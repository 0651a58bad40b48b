package org.iclei.africa.resilient.web.accounts;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.iclei.africa.resilient.config.PortalSettings;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.shared.validation.FieldLimits;
import org.iclei.africa.resilient.web.support.ClientAddress;

/**
 * A page that mails a link to the address typed in ({@code /account/forgot}, {@code /account/resend}). The
 * answer is the same whether or not the address has an account, so nobody learns which addresses exist (and the same when
 * the limit of mails to that address is reached: no mail goes out then); only too many requests from one client address
 * get a message of their own.
 */
public abstract class EmailLinkRequest {

    @NotBlank(message = "{register.email.required}")
    @Size(max = FieldLimits.EMAIL, message = "{contact.email.size}")
    private String email;

    private boolean sent;

    @Inject
    HttpServletRequest request;

    @Inject
    PortalSettings settings;

    /** Mails the link to {@code address} when it has a suitable account, within the limits of mails from {@code client}. */
    protected abstract void mailLink(String address, String client);

    public void send() {
        try {
            mailLink(email, ClientAddress.of(request, settings));
            sent = true;
        } catch (BusinessException e) {
            AccountTexts.refuse(null, e.getMessageKey());
        }
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
