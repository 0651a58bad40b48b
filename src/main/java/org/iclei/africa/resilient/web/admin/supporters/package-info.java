/**
 * Backing bean of {@code /admin/supporters}: the supporters in a table and one supporter in a dialog (its own URL
 * {@code ?edit=<id>}), with its descriptions per language and its logo. Calls {@code admin.application.SupporterAdministration}.
 */
package org.iclei.africa.resilient.web.admin.supporters;
