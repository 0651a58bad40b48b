package org.iclei.africa.resilient.web.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.iclei.africa.resilient.accounts.application.AccountService;
import org.iclei.africa.resilient.accounts.application.AuthenticationService;
import org.iclei.africa.resilient.accounts.application.EmailChangeForm;
import org.iclei.africa.resilient.accounts.application.PasswordChangeForm;
import org.iclei.africa.resilient.accounts.application.PasswordResetService;
import org.iclei.africa.resilient.accounts.application.ProfileForm;
import org.iclei.africa.resilient.accounts.domain.Account;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.shared.validation.EmailAddress;
import org.iclei.africa.resilient.shared.validation.FieldLimits;
import org.iclei.africa.resilient.shared.validation.LanguageCode;
import org.iclei.africa.resilient.shared.validation.NewPassword;
import org.iclei.africa.resilient.shared.validation.PhoneNumber;
import org.iclei.africa.resilient.web.support.VisitorLanguage;
import org.omnifaces.util.Messages;

/** /account: the signed-in member's profile, password, language and e-mail address (the workspace's access is shown by the banner of every member page). */
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
    @Size(max = FieldLimits.FULL_NAME, message = "{register.fullName.size}")
    private String fullName;

    @Size(max = FieldLimits.JOB_TITLE, message = "{register.jobTitle.size}")
    private String jobTitle;

    @PhoneNumber
    private String phone;

    @LanguageCode
    private String preferredLanguage;

    private String currentPassword;

    @NewPassword
    private String newPassword;

    @EmailAddress
    private String newEmail;

    /** The current password, asked again before the address changes. */
    private String emailPassword;

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

    public Account getAccount() {
        return account;
    }

    public void saveProfile() {
        String before = account.getLanguage();
        account = accounts.updateProfile(account.getEmail(), new ProfileForm(fullName, jobTitle, phone, preferredLanguage));
        if (!account.getLanguage().equals(before)) {
            FacesContext faces = FacesContext.getCurrentInstance();
            language.use(account.getLanguage(), (HttpServletResponse) faces.getExternalContext().getResponse());
            faces.getViewRoot().setLocale(language.getLocale());
        }
        info("account.profile.saved");
    }

    public void changePassword() {
        try {
            accounts.changePassword(account.getEmail(), new PasswordChangeForm(currentPassword, newPassword));
            info("account.password.changed");
        } catch (BusinessException e) {
            AccountTexts.refuse(AccountService.WRONG_PASSWORD.equals(e.getMessageKey()) ? "currentPassword" : "newPassword",
                    e.getMessageKey());
        }
    }

    public void requestEmailChange() {
        try {
            emailChanges.requestEmailChange(account.getEmail(), new EmailChangeForm(newEmail, emailPassword));
            info("account.email.sent");
        } catch (BusinessException e) {
            AccountTexts.refuse(AccountService.WRONG_PASSWORD.equals(e.getMessageKey()) ? "emailPassword" : "newEmail", e.getMessageKey());
        }
    }

    public String getEmailPassword() {
        return emailPassword;
    }

    public void setEmailPassword(String emailPassword) {
        this.emailPassword = emailPassword;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    private static void info(String key) {
        Messages.addGlobalInfo(AccountTexts.text(key));
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
