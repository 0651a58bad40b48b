package org.iclei.africa.resilient.accounts.application;

/** CDI event fired in the transaction in which an account's e-mail address is confirmed (by its owner or an administrator). */
public record AccountConfirmed(long accountId) {
}
