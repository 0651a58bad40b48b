/**
 * Adapters for accounts: password hashing (PBKDF2) and the JPA repositories of the {@code accounts.domain} aggregates.
 */
package org.iclei.africa.resilient.accounts.infrastructure;
