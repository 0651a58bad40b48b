package org.iclei.africa.resilient.web.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.iclei.africa.resilient.accounts.application.RegistrationForm;
import org.iclei.africa.resilient.accounts.application.RegistrationService;
import org.iclei.africa.resilient.accounts.domain.PasswordPolicy;
import org.iclei.africa.resilient.content.domain.Country;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.web.support.VisitorLanguage;

/**
 * The registration form at /register. Whether the address is new or already registered, the visitor
 * gets the same answer: "check your e-mail".
 */
@Named("registration")
@RequestScoped
public class RegisterBacking {

    private static final Logger LOG = Logger.getLogger(RegisterBacking.class.getName());

    @Inject
    RegistrationService registrations;

    @Inject
    VisitorLanguage language;

    private final RegistrationForm form = new RegistrationForm();
    private boolean sent;

    @PostConstruct
    void init() {
        form.setLanguage(language.getCode());
    }

    public void register() {
        try {
            registrations.register(form);
            sent = true;
        } catch (BusinessException e) {
            String field = e.getMessageKey().equals(RegistrationService.PASSWORD_MISMATCH) ? "passwordConfirm"
                    : e.getMessageKey().startsWith("password.") ? "password" : "country";
            error(field, e.getMessageKey());
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "Registration failed", e);
            error(null, "register.failed");
        }
    }

    private static void error(String field, String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        String text = bundle.getString(key).replace("{0}", String.valueOf(PasswordPolicy.MIN_LENGTH));
        faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    public RegistrationForm getForm() {
        return form;
    }

    public boolean isSent() {
        return sent;
    }

    public List<Country> getCountries() {
        return registrations.countries();
    }

    public List<String> getMunicipalities() {
        return registrations.municipalityNames();
    }
}
