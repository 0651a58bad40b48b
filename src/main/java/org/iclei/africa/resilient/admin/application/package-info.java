/**
 * The back office's use cases, for administrators only: every service here is {@code @RolesAllowed(ADMIN)} at
 * class level (a unit test checks it) and writes each change it makes to the {@link
 * org.iclei.africa.resilient.admin.application.AuditLog audit log} in the same transaction, with the fields
 * changed ({@link org.iclei.africa.resilient.admin.application.Changes}). The services work on the modules'
 * domains through their repositories; the modules know nothing of the back office.
 */
package org.iclei.africa.resilient.admin.application;
