package org.iclei.africa.resilient.tool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.iclei.africa.resilient.shared.BaseEntity;

/**
 * The record that a reminder went out: its kind, what it is about (the workspace's id) and its period (the trial's end
 * date, the review date, the ISO week). The unique key on these three, written in the same transaction as the mails,
 * lets exactly one node of a cluster send it.
 */
@Entity
@Table(name = "reminder_sent")
@NamedQuery(name = "ReminderSent.count",
        query = "select count(r) from ReminderSent r where r.kind = :kind and r.subjectId = :subject and r.periodKey = :period")
@NamedQuery(name = "ReminderSent.workspaceIds", query = "select w.id from Workspace w where w.demo = false order by w.id")
public class ReminderSent extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReminderKind kind;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "period_key", nullable = false, length = 20)
    private String periodKey;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected ReminderSent() {
        // for JPA
    }

    public ReminderSent(ReminderKind kind, long subjectId, String periodKey, Instant sentAt) {
        this.kind = kind;
        this.subjectId = subjectId;
        this.periodKey = periodKey;
        this.sentAt = sentAt;
    }

    public ReminderKind getKind() {
        return kind;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public String getPeriodKey() {
        return periodKey;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
