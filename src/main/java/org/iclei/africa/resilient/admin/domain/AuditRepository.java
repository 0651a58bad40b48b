package org.iclei.africa.resilient.admin.domain;

import java.util.List;

/** The audit log's store: entries are added, and read newest first. */
public interface AuditRepository {

    void add(AuditEntry entry);

    /** The entries that match, newest first, from {@code first} (0-based), at most {@code max}. */
    List<AuditEntry> search(AuditQuery query, int first, int max);

    long count(AuditQuery query);
}
