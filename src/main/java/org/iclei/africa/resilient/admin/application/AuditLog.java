package org.iclei.africa.resilient.admin.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.iclei.africa.resilient.accounts.domain.Role;
import org.iclei.africa.resilient.admin.domain.AuditEntry;
import org.iclei.africa.resilient.admin.domain.AuditQuery;
import org.iclei.africa.resilient.admin.domain.AuditRepository;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.shared.ContentRevision;

/**
 * The audit log of the back office. Every back-office service calls {@link #record} in the transaction of the
 * change it made, so a change and its entry are stored together or not at all; the actor is the signed-in
 * administrator.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class AuditLog {

    /** Someone saved the record since it was opened; arguments: who, when. */
    public static final String CONFLICT = "admin.conflict";

    @Resource
    SessionContext context;

    @Inject
    AuditRepository entries;

    /** Every back-office change may show on public pages: the kept ones go (see {@code web.support.PublicPageCache}). */
    @Inject
    ContentRevision revision;

    /**
     * Writes one entry.
     *
     * @param action     what was done, as a message key below {@code audit.action.}, e.g. {@code workspace.grantMembership}
     * @param recordType the kind of record, e.g. {@code workspace}, {@code account}, {@code pioneer}
     * @param recordId   its id (slug or code for records that have no number), or null for a new record that failed
     * @param label      a readable name of the record as it is now (kept, since the record may later change or go)
     * @param changes    the fields changed; may be empty (an action such as "send a reset link" changes none)
     */
    public void record(String action, String recordType, Object recordId, String label, Changes changes) {
        entries.add(new AuditEntry(context.getCallerPrincipal().getName(), action, recordType,
                recordId == null ? null : String.valueOf(recordId), label, changes.list()));
        revision.changed();
    }

    /**
     * Refuses to save over a record that changed since the administrator opened it: {@link #CONFLICT}, naming who
     * changed it last and when (from this log, or "someone" when the change was not made in the back office).
     *
     * @param current  the stored version
     * @param expected the version the administrator's form was filled from (null: not sent, also a conflict)
     */
    public void checkVersion(String recordType, Object recordId, long current, Long expected) {
        if (expected == null || expected != current) {
            List<AuditEntry> last = entries.search(AuditQuery.ofRecord(recordType, recordId), 0, 1);
            throw last.isEmpty() ? new BusinessException(CONFLICT, "?", Instant.now())
                    : new BusinessException(CONFLICT, last.get(0).getActor(), last.get(0).getCreatedAt());
        }
    }

    public List<AuditEntry> search(AuditQuery query, int first, int max) {
        return entries.search(query, first, max);
    }

    public long count(AuditQuery query) {
        return entries.count(query);
    }
}
