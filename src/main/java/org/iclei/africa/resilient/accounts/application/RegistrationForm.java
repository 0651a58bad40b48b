package org.iclei.africa.resilient.accounts.application;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.iclei.africa.resilient.shared.validation.FieldLimits;
import org.iclei.africa.resilient.shared.validation.EmailAddress;
import org.iclei.africa.resilient.shared.validation.LanguageCode;
import org.iclei.africa.resilient.shared.validation.NewPassword;
import org.iclei.africa.resilient.shared.validation.PhoneNumber;

/** What a local-government official fills in to register; checked in the page and again by {@link RegistrationService}. */
public class RegistrationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{register.fullName.required}")
    @Size(max = FieldLimits.FULL_NAME, message = "{register.fullName.size}")
    private String fullName;

    @NotBlank(message = "{register.email.required}")
    @EmailAddress
    private String email;

    @NotBlank(message = "{register.jobTitle.required}")
    @Size(max = FieldLimits.JOB_TITLE, message = "{register.jobTitle.size}")
    private String jobTitle;

    @NotBlank(message = "{register.municipality.required}")
    @Size(max = FieldLimits.MUNICIPALITY, message = "{register.municipality.size}")
    private String municipality;

    @NotBlank(message = "{register.country.required}")
    @Pattern(regexp = "[A-Z]{2}", message = "{register.country.required}")
    private String country;

    @PhoneNumber
    private String phone;

    @NotBlank(message = "{register.password.required}")
    @NewPassword
    private String password;

    @NotBlank(message = "{register.passwordConfirm.required}")
    private String passwordConfirm;

    @NotBlank(message = "{register.language.required}")
    @LanguageCode
    private String language;

    @AssertTrue(message = "{register.consent.required}")
    private boolean consent;

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordConfirm() {
        return passwordConfirm;
    }

    public void setPasswordConfirm(String passwordConfirm) {
        this.passwordConfirm = passwordConfirm;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
