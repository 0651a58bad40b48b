package org.iclei.africa.resilient.accounts.application;

import org.iclei.africa.resilient.shared.validation.NewPassword;

/** A signed-in member's password change: the current password and the new one ({@link AccountService#changePassword}). */
public record PasswordChangeForm(String current, @NewPassword String replacement) {
}
