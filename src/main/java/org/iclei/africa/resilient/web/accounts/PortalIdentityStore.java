package org.iclei.africa.resilient.web.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.iclei.africa.resilient.accounts.application.AuthenticationService;
import org.iclei.africa.resilient.accounts.application.AuthenticationService.Outcome;
import org.iclei.africa.resilient.accounts.application.AuthenticationService.Result;
import org.iclei.africa.resilient.config.PortalSettings;
import org.iclei.africa.resilient.web.support.ClientAddress;

/** The identity store of Jakarta Security: asks {@link AuthenticationService}; the caller's group is the account's role. */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @Inject
    AuthenticationService authentication;

    @Inject
    HttpServletRequest request;

    @Inject
    PortalSettings settings;

    @Inject
    SignInOutcome outcome;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Result result = authentication.authenticate(login.getCaller(), login.getPasswordAsString(),
                ClientAddress.of(request, settings));
        outcome.set(result.outcome());
        outcome.waitMinutes(result.waitMinutes());
        if (result.outcome() != Outcome.SIGNED_IN) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(result.account().getEmail(), Set.of(result.account().getRole().name()));
    }
}
