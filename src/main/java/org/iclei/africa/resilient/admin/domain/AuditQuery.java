package org.iclei.africa.resilient.admin.domain;

import java.time.Instant;

/**
 * A filter of the audit log; every part is optional (null: any). Text parts match without case, anywhere in
 * the value; {@code from} is inclusive and {@code until} exclusive.
 */
public record AuditQuery(String actor, String action, String recordType, String recordId, Instant from, Instant until) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null);
    }

    /** The entries of one record, newest first. */
    public static AuditQuery ofRecord(String recordType, Object recordId) {
        return new AuditQuery(null, null, recordType, String.valueOf(recordId), null, null);
    }
}
