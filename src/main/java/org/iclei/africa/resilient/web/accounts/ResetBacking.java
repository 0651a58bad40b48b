package org.iclei.africa.resilient.web.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import org.iclei.africa.resilient.accounts.application.PasswordResetService;
import org.iclei.africa.resilient.shared.BusinessException;

/** /account/reset?token=…: a new password from the e-mailed link (one hour, once). */
@Named
@RequestScoped
public class ResetBacking {

    @Inject
    HttpServletRequest request;

    @Inject
    PasswordResetService resets;

    private String token;

    @NotBlank(message = "{register.password.required}")
    private String password;

    private boolean usable;
    private boolean done;

    @PostConstruct
    void load() {
        token = request.getParameter("token");
        usable = resets.isUsable(token);
    }

    public void reset() {
        try {
            resets.reset(token, password);
            done = true;
        } catch (BusinessException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            String text = faces.getApplication().getResourceBundle(faces, "msg").getString(e.getMessageKey()).replace("{0}", "10");
            if (PasswordResetService.INVALID_LINK.equals(e.getMessageKey())) {
                usable = false;
            }
            faces.addMessage("password", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
            faces.validationFailed();
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isUsable() {
        return usable;
    }

    public boolean isDone() {
        return done;
    }
}
