package org.iclei.africa.resilient.web.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jakarta.servlet.http.HttpServletRequest;
import org.iclei.africa.resilient.tool.application.MembersService;
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

    @Inject
    MembersService members;

    @Inject
    HttpServletRequest request;

    private final RegistrationForm form = new RegistrationForm();
    private boolean sent;
    private MembersService.Invitation invitation;
    private String invitationToken;

    @PostConstruct
    void init() {
        form.setLanguage(language.getCode());
        invitationToken = request.getParameter("invitation");
        invitation = invitationToken == null ? null : members.invitation(invitationToken).orElse(null);
        if (invitation != null) {
            form.setEmail(invitation.email());
            form.setMunicipality(invitation.workspace());
            form.setCountry(invitation.countryCode());
        }
    }

    public void register() {
        try {
            if (invitation != null) {
                // the invited person joins the inviting workspace's municipality, whatever was posted
                form.setMunicipality(invitation.workspace());
                form.setCountry(invitation.countryCode());
            }
            boolean created = registrations.register(form);
            if (invitation != null && created) {
                members.claimInvitation(invitationToken, form.getEmail());
            }
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

    /** The invitation the visitor registers through, or null. */
    public MembersService.Invitation getInvitation() {
        return invitation;
    }

    /** An invitation link that no longer works (used, expired or unknown). */
    public boolean isInvitationInvalid() {
        return invitationToken != null && invitation == null;
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
