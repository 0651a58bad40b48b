/**
 * Adapters for accounts: password hashing, the mail outbox sender over SMTP.
 */
package org.iclei.africa.resilient.accounts.infrastructure;
