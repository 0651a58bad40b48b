package org.iclei.africa.resilient.accounts.application;

import jakarta.validation.constraints.NotBlank;
import org.iclei.africa.resilient.shared.validation.NewPassword;

/** A new password chosen through the e-mailed reset link {@code token} ({@link PasswordResetService#reset}). */
public record PasswordResetForm(String token, @NotBlank(message = "{register.password.required}") @NewPassword String password) {
}
