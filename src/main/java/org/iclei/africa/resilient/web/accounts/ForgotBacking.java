package org.iclei.africa.resilient.web.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iclei.africa.resilient.accounts.application.PasswordResetService;

/** /account/forgot: asks for a password reset link. */
@Named
@RequestScoped
public class ForgotBacking extends EmailLinkRequest {

    @Inject
    PasswordResetService resets;

    @Override
    protected void mailLink(String address, String client) {
        resets.requestReset(address, client);
    }
}
