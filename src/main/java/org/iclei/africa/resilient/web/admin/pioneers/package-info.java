/**
 * Backing bean of {@code /admin/pioneers}: the pioneer cities in a table and one city in a dialog (its own URL
 * {@code ?edit=<id>}), with its texts per language and its photos. Calls {@code admin.application.PioneerAdministration}.
 */
package org.iclei.africa.resilient.web.admin.pioneers;
