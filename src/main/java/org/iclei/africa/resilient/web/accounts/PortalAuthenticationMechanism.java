package org.iclei.africa.resilient.web.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/**
 * Sign-in with the form at /login, kept for the session. The login page hands the typed credential to
 * {@code SecurityContext.authenticate}; the identity store checks it and the caller (name and groups) is kept
 * in the session, then given to the container on each request of that session. A protected page asked for
 * without a sign-in is remembered ({@link #ASKED_FOR}) and the visitor sent to /login.
 * <p>
 * The container is told about the caller on every request on purpose, instead of letting it restore the caller
 * it registered with the session ({@code @AutoApplySession}): Payara 6 then sometimes loses the caller's groups
 * when requests run at the same time, and a signed-in member gets 403 (Payara FISH-7515, fixed in Payara 7).
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Session attribute: the signed-in {@link Caller}. */
    static final String CALLER = "portal.caller";

    /** Session attribute: the path (with query) of the protected page that sent the visitor to sign in. */
    static final String ASKED_FOR = "portal.askedFor";

    /** Who signed in, as the identity store validated them. */
    record Caller(String name, Set<String> groups) implements Serializable {
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE; // the login page shows why
            }
            request.getSession().setAttribute(CALLER, new Caller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        Caller caller = session == null ? null : (Caller) session.getAttribute(CALLER);
        if (caller != null) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected()) {
            String query = request.getQueryString();
            request.getSession().setAttribute(ASKED_FOR, request.getRequestURI() + (query == null ? "" : "?" + query));
            return context.redirect(request.getContextPath() + "/login");
        }
        return context.doNothing();
    }
}
