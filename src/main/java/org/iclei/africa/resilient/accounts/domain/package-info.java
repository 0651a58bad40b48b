/**
 * Accounts and their lifecycle: account status (unconfirmed, active, disabled), roles, e-mail tokens,
 * sign-in throttling, municipalities; the repository interfaces of these aggregates and the password-hashing port.
 * Pure domain rules, unit-testable without a container; implementations live in {@code accounts.infrastructure}.
 */
package org.iclei.africa.resilient.accounts.domain;
