package org.iclei.africa.resilient.web.accounts;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.iclei.africa.resilient.accounts.application.AuthenticationService;
import org.iclei.africa.resilient.accounts.domain.Account;

/**
 * Ends a signed-in session whose account has since been disabled, or whose password was reset or
 * changed after this session signed in ("all sessions of that account end").
 */
@WebFilter(urlPatterns = "/*")
public class SessionGuardFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuthenticationService authentication;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && request.getUserPrincipal() != null) {
            Optional<Account> account = authentication.account(request.getUserPrincipal().getName());
            Instant signedInAt = (Instant) session.getAttribute(LoginBacking.SIGNED_IN_AT);
            boolean stale = account.isEmpty()
                    || !account.get().canSignIn()
                    || (account.get().getCredentialsChangedAt() != null && signedInAt != null
                        && account.get().getCredentialsChangedAt().isAfter(signedInAt));
            if (stale) {
                request.logout();
                session.invalidate();
                response.sendRedirect(request.getContextPath() + "/login?ended");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
