/** Backing bean of {@code /admin/countries}: the countries' table and dialog; it calls {@code admin.application.CountryAdministration}. */
package org.iclei.africa.resilient.web.admin.countries;
