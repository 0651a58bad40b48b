/**
 * Back office: {@code /admin/workspaces} (the table of workspaces) and {@code /admin/workspaces/workspace?id=N} (one
 * workspace: access, members, merging a duplicate municipality, the demo's removal).
 */
package org.iclei.africa.resilient.web.admin.workspaces;
