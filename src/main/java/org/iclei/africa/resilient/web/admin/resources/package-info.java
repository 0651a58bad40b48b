/**
 * Backing beans of {@code /admin/resources} (the table of library resources) and {@code /admin/resources/resource}
 * (one resource's form, with its file upload or link). They call {@code admin.application.ResourceAdministration}.
 */
package org.iclei.africa.resilient.web.admin.resources;
