package org.iclei.africa.resilient.shared.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.iclei.africa.resilient.shared.BaseEntity;

/**
 * How many mails one key (a kind of mail and its target address, or a client address; only a hash of either is
 * stored) caused in the current one-hour window. Kept in the database so that every node applies the same limit.
 */
@Entity
@Table(name = "mail_limit")
@NamedQuery(name = "MailLimit.findByKey", query = "select l from MailLimit l where l.limitKey = :key")
@NamedQuery(name = "MailLimit.removeBefore", query = "delete from MailLimit l where l.windowStart < :before")
public class MailLimit extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final Duration WINDOW = Duration.ofHours(1);

    @Column(name = "limit_key", nullable = false, length = 150)
    private String limitKey;

    @Column(nullable = false)
    private int sent;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    protected MailLimit() {
        // for JPA
    }

    public MailLimit(String limitKey, Instant now) {
        this.limitKey = limitKey;
        this.windowStart = now;
    }

    /** Whether one more mail stays within {@code max} in the window of {@code now}. */
    public boolean allows(int max, Instant now) {
        return now.isAfter(windowStart.plus(WINDOW)) || sent < max;
    }

    /** Counts one mail; a window that has passed starts again. */
    public void count(Instant now) {
        if (now.isAfter(windowStart.plus(WINDOW))) {
            sent = 0;
            windowStart = now;
        }
        sent++;
    }

    public int getSent() {
        return sent;
    }
}
