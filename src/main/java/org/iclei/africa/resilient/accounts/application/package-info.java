/**
 * Account use cases: registration, confirmation, sign-in checks, password reset, e-mail change, the first
 * administrator, and the forms they accept. Services here own transactions and role checks; they reach
 * the database through {@code accounts.domain} repositories and never import {@code accounts.infrastructure}.
 * {@link org.iclei.africa.resilient.accounts.application.AccountSettings} is what they need from the deployment's settings.
 * A member's data rights ({@code DataRightsService}: export, deletion) reach the other modules only by CDI events
 * ({@code PersonalData}, {@code AccountDeleting}) that the tool and the content modules observe.
 */
package org.iclei.africa.resilient.accounts.application;
