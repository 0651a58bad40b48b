package org.iclei.africa.resilient.web.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iclei.africa.resilient.accounts.application.RegistrationService;

/** /account/resend: a new confirmation link for an unconfirmed account. */
@Named
@RequestScoped
public class ResendBacking extends EmailLinkRequest {

    @Inject
    RegistrationService registrations;

    @Override
    protected void mailLink(String address, String client) {
        registrations.resendConfirmation(address, client);
    }

    /** The action of the resend form. */
    public void resend() {
        send();
    }
}
