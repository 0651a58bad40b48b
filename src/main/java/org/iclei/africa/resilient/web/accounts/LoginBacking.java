package org.iclei.africa.resilient.web.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Instant;
import java.util.ResourceBundle;
import org.iclei.africa.resilient.accounts.application.AuthenticationService.Outcome;

/**
 * Sign in at /login. On success the session id changes (no fixation), the time of sign-in is kept in the
 * session (a later password reset ends it), and the visitor goes back to the page that asked for it or to /account.
 */
@Named("login")
@RequestScoped
public class LoginBacking {

    /** Session attribute: when this session signed in. */
    public static final String SIGNED_IN_AT = "portal.signedInAt";

    @Inject
    SecurityContext security;

    @Inject
    SignInOutcome outcome;

    @NotBlank(message = "{register.email.required}")
    @Size(max = 254, message = "{contact.email.size}")
    private String email;

    @NotBlank(message = "{register.password.required}")
    @Size(max = 128, message = "{register.password.size}")
    private String password;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(email, new Password(password)))
                .newAuthentication(true));
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            request.changeSessionId();
            request.getSession().setAttribute(SIGNED_IN_AT, Instant.now());
            faces.responseComplete();
        } else if (status == AuthenticationStatus.SUCCESS) {
            request.changeSessionId();
            request.getSession().setAttribute(SIGNED_IN_AT, Instant.now());
            external.redirect(external.getRequestContextPath() + "/account");
        } else {
            Outcome why = outcome.get() == null ? Outcome.INVALID : outcome.get();
            ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, bundle.getString("login.error." + why.name()), null));
            faces.validationFailed();
        }
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
