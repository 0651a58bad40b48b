/**
 * Backing beans for registration, sign-in and the member's account pages; the personal-data download
 * ({@code MyDataServlet}) and the account's deletion ({@code DeleteAccountBacking}); the sign-in mechanism and identity
 * store ({@code PortalAuthenticationMechanism}, {@code PortalIdentityStore}); {@code #{caller.admin}} for views
 * ({@code CallerRoles}).
 */
package org.iclei.africa.resilient.web.accounts;
