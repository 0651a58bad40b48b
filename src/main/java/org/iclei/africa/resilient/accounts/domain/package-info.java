/**
 * Accounts and their lifecycle: account states (unconfirmed, trial, expired, member, disabled), roles, e-mail tokens. Pure domain rules, unit-testable without a container.
 */
package org.iclei.africa.resilient.accounts.domain;
