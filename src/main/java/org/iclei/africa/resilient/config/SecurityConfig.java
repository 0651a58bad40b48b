package org.iclei.africa.resilient.config;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import org.iclei.africa.resilient.accounts.domain.Role;

/**
 * Jakarta Security: a form at /login (a Faces page that calls SecurityContext.authenticate), the
 * identity store {@code web.accounts.PortalIdentityStore} asking the account service, and the two roles.
 * Which URLs need which role is in web.xml.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Role.ADMIN_NAME, Role.MEMBER_NAME})
@ApplicationScoped
public class SecurityConfig {
}
