/**
 * Backing bean of {@code /admin/audit}: the audit log as a lazy table, filtered by the URL's parameters
 * ({@code actor}, {@code action}, {@code type}, {@code id}, {@code from}, {@code to}) so that every filtered view
 * can be bookmarked, and each record linked to its back-office page where its part has one.
 */
package org.iclei.africa.resilient.web.admin.audit;
