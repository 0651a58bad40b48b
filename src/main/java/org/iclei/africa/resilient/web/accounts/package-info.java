/**
 * Backing beans for registration, sign-in and the member's account pages.
 */
package org.iclei.africa.resilient.web.accounts;
