package org.iclei.africa.resilient.config;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import org.iclei.africa.resilient.accounts.domain.Role;

/**
 * Jakarta Security: the two roles. The mechanism ({@code web.accounts.PortalAuthenticationMechanism}: the form
 * at /login, kept for the session) and the identity store ({@code web.accounts.PortalIdentityStore}, asking the
 * account service) are beans of their own; which URLs need which role is in web.xml.
 */
@DeclareRoles({Role.ADMIN_NAME, Role.MEMBER_NAME})
@ApplicationScoped
public class SecurityConfig {
}
