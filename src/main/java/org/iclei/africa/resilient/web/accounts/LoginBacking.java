package org.iclei.africa.resilient.web.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Instant;
import org.iclei.africa.resilient.accounts.application.AuthenticationService;
import org.iclei.africa.resilient.accounts.application.AuthenticationService.Outcome;
import org.iclei.africa.resilient.config.PortalMetrics;
import org.iclei.africa.resilient.shared.Languages;
import org.iclei.africa.resilient.shared.validation.FieldLimits;
import org.iclei.africa.resilient.web.support.VisitorLanguage;

/**
 * Sign in at /login. On success the session id changes (no fixation), the time of sign-in is kept in the
 * session (a later password reset ends it), the account's language becomes the session's (and the {@code lang}
 * cookie's; the language switch still changes it for the session), and the visitor goes back to the page that asked
 * for it or to the dashboard (/tool).
 * ({@link PortalAuthenticationMechanism} answers SUCCESS or SEND_FAILURE; this page redirects or shows why.)
 */
@Named("login")
@RequestScoped
public class LoginBacking {

    /** Session attribute: when this session signed in. */
    public static final String SIGNED_IN_AT = "portal.signedInAt";

    /** Where signing in leads when no protected page asked for it: the workspace dashboard (administrators without one see where to go). */
    static final String LANDING = "/tool";

    @Inject
    SecurityContext security;

    @Inject
    SignInOutcome outcome;

    @Inject
    AuthenticationService authentication;

    @Inject
    PortalMetrics metrics;

    @NotBlank(message = "{register.email.required}")
    @Size(max = FieldLimits.EMAIL, message = "{contact.email.size}")
    private String email;

    @NotBlank(message = "{register.password.required}")
    @Size(max = FieldLimits.PASSWORD_MAX, message = "{register.password.size}")
    private String password;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(email, new Password(password)))
                .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            metrics.signedIn();
            String target = safeNext(request, next);
            request.changeSessionId();
            request.getSession().setAttribute(SIGNED_IN_AT, Instant.now());
            request.getSession().removeAttribute(PortalAuthenticationMechanism.ASKED_FOR);
            authentication.account(email)
                    .ifPresent(account -> VisitorLanguage.remember(request, response, account.getLanguage()));
            external.redirect(target);
        } else {
            metrics.signInRefused();
            Outcome why = outcome.get() == null ? Outcome.INVALID : outcome.get();
            if (why == Outcome.LOCKED && outcome.waitMinutes() > 0) {
                org.omnifaces.util.Messages.addError(null, org.omnifaces.util.Faces.getBundleString("login.error.lockedFor"), outcome.waitMinutes());
                org.omnifaces.util.Faces.validationFailed();
            } else {
                AccountTexts.refuse(null, "login.error." + why.name());
            }
        }
    }

    /** The protected page the visitor was on when the server sent them to sign in; else the dashboard. Only a path on this site is used. */
    static String pageThatAskedForSignIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object asked = session == null ? null : session.getAttribute(PortalAuthenticationMechanism.ASKED_FOR);
        return asked == null ? request.getContextPath() + LANDING : safeNext(request, String.valueOf(asked));
    }

    /** A path on this site to go to after signing in (never the login page itself, never another host); else the dashboard. */
    static String safeNext(HttpServletRequest request, String next) {
        String safe = Languages.safeLocalPath(next);
        String context = request.getContextPath();
        return safe.startsWith(context + "/") && !safe.startsWith(context + "/login") && !safe.equals(context + "/")
                ? safe : context + LANDING;
    }

    /** Read when the login page is shown, carried in the form, used after a successful sign-in. */
    private String next;

    @jakarta.annotation.PostConstruct
    void rememberNext() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        if ("GET".equals(request.getMethod())) {
            next = pageThatAskedForSignIn(request);
        }
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
