package org.iclei.africa.resilient.accounts.application;

/**
 * CDI event fired in the transaction that deletes an account at its owner's request, before the account goes: the
 * other modules let go of it (the tool hands the member's rows to "a former member" and removes the membership) or
 * refuse with a {@link org.iclei.africa.resilient.shared.BusinessException}, which rolls everything back.
 */
public record AccountDeleting(long accountId, String email, String fullName) {
}
