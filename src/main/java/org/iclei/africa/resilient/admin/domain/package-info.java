/**
 * The back office's own records: the audit log ({@link org.iclei.africa.resilient.admin.domain.AuditEntry}, one per
 * change an administrator makes, with its {@link org.iclei.africa.resilient.admin.domain.FieldChange field changes})
 * and its repository port. The records the back office edits belong to their modules (content, accounts, tool).
 */
package org.iclei.africa.resilient.admin.domain;
