package org.iclei.africa.resilient.accounts.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.iclei.africa.resilient.shared.validation.FieldLimits;
import org.iclei.africa.resilient.shared.validation.LanguageCode;
import org.iclei.africa.resilient.shared.validation.PhoneNumber;

/** A member's own details, as changed on /account; checked by {@link AccountService#updateProfile}. */
public record ProfileForm(
        @NotBlank(message = "{register.fullName.required}")
        @Size(max = FieldLimits.FULL_NAME, message = "{register.fullName.size}") String fullName,
        @Size(max = FieldLimits.JOB_TITLE, message = "{register.jobTitle.size}") String jobTitle,
        @PhoneNumber String phone,
        @LanguageCode String language) {
}
