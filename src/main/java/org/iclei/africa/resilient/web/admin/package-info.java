/**
 * Backing beans of the back office ({@code /admin/*}, administrators only), one sub-package per area that
 * mirrors the view path ({@code /admin/workspaces} → {@code web.admin.workspaces}). They extend {@link
 * org.iclei.africa.resilient.web.admin.AdminPage} and call the services of {@code admin.application}; they never
 * touch the {@code EntityManager}. These are the only pages that use PrimeFaces.
 */
package org.iclei.africa.resilient.web.admin;
