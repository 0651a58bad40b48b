/**
 * Account use cases: registration, confirmation, sign-in checks, trial and membership, the first administrator. Services here own transactions and role checks.
 */
package org.iclei.africa.resilient.accounts.application;
