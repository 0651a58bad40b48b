/**
 * Backing beans of {@code /admin/accounts} (the lazy account list, {@link
 * org.iclei.africa.resilient.web.admin.accounts.AccountsBacking} with its model {@link
 * org.iclei.africa.resilient.web.admin.accounts.AccountRows}) and {@code /admin/accounts/account?id=N} (one
 * account and its actions, {@link org.iclei.africa.resilient.web.admin.accounts.ManageAccountBacking}). They call
 * {@code admin.application.AccountAdministration} only; the rules (never the last administrator, version checks,
 * the audit log) live there.
 */
package org.iclei.africa.resilient.web.admin.accounts;
