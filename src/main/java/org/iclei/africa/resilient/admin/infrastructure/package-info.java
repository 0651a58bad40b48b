/**
 * What the back office's application layer needs from the database: {@code JpaAuditRepository} (the audit log)
 * and the read-only queries behind the back office's figures. Nothing here is called from the web layer.
 */
package org.iclei.africa.resilient.admin.infrastructure;
