package org.iclei.africa.resilient.web.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.iclei.africa.resilient.accounts.domain.Role;

/**
 * {@code #{caller.admin}}: whether the signed-in caller is an administrator, for what views show (the back office's
 * link, the administrator's workspace list). Read from the caller this session signed in as (the groups
 * {@link PortalAuthenticationMechanism} gives the container at every request), not from {@code request.isUserInRole}:
 * Payara 7 fails with a NullPointerException on a role check made while a Faces page renders. What the caller may do is
 * still decided on the server by the container's constraints and {@code @RolesAllowed}.
 */
@Named("caller")
@RequestScoped
public class CallerRoles {

    @Inject
    HttpServletRequest request;

    public boolean isAdmin() {
        HttpSession session = request.getSession(false);
        Object caller = session == null ? null : session.getAttribute(PortalAuthenticationMechanism.CALLER);
        return caller instanceof PortalAuthenticationMechanism.Caller c && c.groups().contains(Role.ADMIN.name());
    }
}
