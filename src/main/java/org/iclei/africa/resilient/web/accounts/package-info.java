/**
 * Backing beans for registration, sign-in and the member's account pages; the personal-data download
 * ({@code MyDataServlet}) and the account's deletion ({@code DeleteAccountBacking}).
 */
package org.iclei.africa.resilient.web.accounts;
