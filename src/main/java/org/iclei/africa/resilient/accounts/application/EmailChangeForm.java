package org.iclei.africa.resilient.accounts.application;

import jakarta.validation.constraints.NotBlank;
import org.iclei.africa.resilient.shared.validation.EmailAddress;

/**
 * The new address a member asks to sign in with, and their current password, which proves that the owner asks
 * ({@link PasswordResetService#requestEmailChange}).
 */
public record EmailChangeForm(@NotBlank(message = "{register.email.required}") @EmailAddress String newEmail, String currentPassword) {
}
