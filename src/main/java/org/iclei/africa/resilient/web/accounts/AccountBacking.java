package org.iclei.africa.resilient.web.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ResourceBundle;
import org.iclei.africa.resilient.accounts.application.AccountService;
import org.iclei.africa.resilient.accounts.application.AuthenticationService;
import org.iclei.africa.resilient.accounts.application.PasswordResetService;
import org.iclei.africa.resilient.accounts.domain.AccessState;
import org.iclei.africa.resilient.accounts.domain.Account;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.web.support.VisitorLanguage;

/** /account: the signed-in member's state (trial until…, expired, member), profile, password and membership request. */
@Named("myAccount")
@RequestScoped
public class AccountBacking {

    @Inject
    SecurityContext security;

    @Inject
    AuthenticationService authentication;

    @Inject
    AccountService accounts;

    @Inject
    VisitorLanguage language;

    private Account account;

    @NotBlank(message = "{register.fullName.required}")
    @Size(max = 120, message = "{register.fullName.size}")
    private String fullName;

    @Size(max = 120, message = "{register.jobTitle.size}")
    private String jobTitle;

    @Size(max = 40, message = "{register.phone.size}")
    @Pattern(regexp = "[+0-9 ()./-]*", message = "{register.phone.invalid}")
    private String phone;

    @Pattern(regexp = "en|fr|pt", message = "{register.language.required}")
    private String preferredLanguage;

    private String currentPassword;
    private String newPassword;

    @Size(max = 254, message = "{contact.email.size}")
    @jakarta.validation.constraints.Email(message = "{contact.email.invalid}")
    @Pattern(regexp = "|[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{contact.email.invalid}")
    private String newEmail;

    @Inject
    PasswordResetService emailChanges;

    @PostConstruct
    void load() {
        account = authentication.account(security.getCallerPrincipal().getName()).orElseThrow();
        fullName = account.getFullName();
        jobTitle = account.getJobTitle();
        phone = account.getPhone();
        preferredLanguage = account.getLanguage();
    }

    public String getState() {
        return account.state(Instant.now()).name();
    }

    public boolean isExpired() {
        return account.state(Instant.now()) == AccessState.TRIAL_EXPIRED;
    }

    /** The end of the trial as the visitor writes dates, e.g. "5 December 2026". */
    public String getTrialEnd() {
        return account.getTrialEndsAt() == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(language.getLocale()).format(account.getTrialEndsAt().atZone(ZoneId.systemDefault()));
    }

    public Account getAccount() {
        return account;
    }

    public void saveProfile() {
        account = accounts.updateProfile(account.getEmail(), fullName, jobTitle, phone, preferredLanguage);
        info("account.profile.saved");
    }

    public void changePassword() {
        try {
            accounts.changePassword(account.getEmail(), currentPassword, newPassword);
            info("account.password.changed");
        } catch (BusinessException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            String field = AccountService.WRONG_PASSWORD.equals(e.getMessageKey()) ? "currentPassword" : "newPassword";
            faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    bundle().getString(e.getMessageKey()).replace("{0}", "10"), null));
            faces.validationFailed();
        }
    }

    public void requestEmailChange() {
        try {
            emailChanges.requestEmailChange(account.getEmail(), newEmail);
            info("account.email.sent");
        } catch (BusinessException e) {
            FacesContext.getCurrentInstance().addMessage("newEmail",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, bundle().getString(e.getMessageKey()), null));
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public void requestMembership() {
        accounts.requestMembership(account.getEmail());
        account = authentication.account(account.getEmail()).orElseThrow();
        info("account.membership.requested");
    }

    private void info(String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, bundle().getString(key), null));
    }

    private static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
