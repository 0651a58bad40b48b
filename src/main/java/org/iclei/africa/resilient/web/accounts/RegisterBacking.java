package org.iclei.africa.resilient.web.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ComponentSystemEvent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.iclei.africa.resilient.accounts.application.RegistrationForm;
import org.iclei.africa.resilient.accounts.domain.PasswordPolicy;
import org.iclei.africa.resilient.accounts.application.RegistrationService;
import org.iclei.africa.resilient.content.domain.Country;
import org.iclei.africa.resilient.content.domain.CountryNames;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.tool.application.MembersService;
import org.iclei.africa.resilient.web.support.VisitorLanguage;
import org.omnifaces.cdi.Param;

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
    jakarta.servlet.http.HttpServletRequest request;

    @Inject
    org.iclei.africa.resilient.config.PortalSettings settings;

    /** The token of the invitation link the visitor came through, kept in the form when it posts. */
    @Inject
    @Param(name = "invitation")
    String invitationToken;

    private final RegistrationForm form = new RegistrationForm();
    private boolean sent;
    private MembersService.Invitation invitation;

    @PostConstruct
    void init() {
        form.setLanguage(language.getCode());
        invitation = invitationToken == null ? null : members.invitation(invitationToken).orElse(null);
        if (invitation != null) {
            form.setEmail(invitation.email());
            form.setMunicipality(invitation.workspace());
            form.setCountry(invitation.countryCode());
        }
    }

    /**
     * After the fields are checked one by one (postValidate of the form), the checks that compare fields —
     * the password against the e-mail address and the common passwords, the confirmation against the
     * password — so that every error is reported in the same answer, not one round at a time.
     * The service checks the same again.
     */
    public void checkTogether(ComponentSystemEvent event) {
        UIComponent form = event.getComponent();
        UIInput password = (UIInput) form.findComponent("password");
        UIInput confirm = (UIInput) form.findComponent("passwordConfirm");
        UIInput email = (UIInput) form.findComponent("email");
        if (password == null || confirm == null || email == null) {
            return;
        }
        String chosen = password.isValid() ? (String) password.getValue() : null;
        if (chosen == null || chosen.isEmpty()) {
            return;
        }
        String address = email.isValid() && email.getValue() != null ? (String) email.getValue() : "";
        List<String> weak = PasswordPolicy.check(chosen, address);
        if (!weak.isEmpty()) {
            password.setValid(false);
            AccountTexts.refuse("password", weak.get(0));
        }
        Object again = confirm.getValue();
        if (confirm.isValid() && again != null && !String.valueOf(again).isEmpty() && !chosen.equals(again)) {
            confirm.setValid(false);
            AccountTexts.refuse("passwordConfirm", RegistrationService.PASSWORD_MISMATCH);
        }
        if (FacesContext.getCurrentInstance().isValidationFailed()) {
            FacesContext.getCurrentInstance().renderResponse();
        }
    }

    public void register() {
        try {
            if (invitation != null) {
                // the invited person joins the inviting workspace's municipality, whatever was posted
                form.setMunicipality(invitation.workspace());
                form.setCountry(invitation.countryCode());
            }
            boolean created = registrations.register(form, org.iclei.africa.resilient.web.support.ClientAddress.of(request, settings));
            if (invitation != null && created) {
                members.claimInvitation(invitationToken, form.getEmail());
            }
            sent = true;
        } catch (BusinessException e) {
            String field = e.getMessageKey().equals(RegistrationService.PASSWORD_MISMATCH) ? "passwordConfirm"
                    : e.getMessageKey().startsWith("password.") ? "password"
                    : e.getMessageKey().startsWith("mail.limit.") ? null : "country";
            AccountTexts.refuse(field, e.getMessageKey());
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "Registration failed", e);
            AccountTexts.refuse(null, "register.failed");
        }
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
        return CountryNames.sortedByName(registrations.countries(), language.getCode());
    }

    public List<String> getMunicipalities() {
        return registrations.municipalityNames();
    }
}
