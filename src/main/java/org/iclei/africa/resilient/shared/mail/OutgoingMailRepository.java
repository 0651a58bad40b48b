package org.iclei.africa.resilient.shared.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outbox table: mails waiting to be sent, sent, or given up. */
public interface OutgoingMailRepository {

    void add(OutgoingMail mail);

    Optional<OutgoingMail> find(long id);

    /**
     * The mail {@code id}, locked until the caller's transaction ends, if it is still pending, due at {@code now} (not
     * waiting for a retry that another node has just set) and no other transaction (another node of the cluster)
     * holds it: {@code SELECT ... FOR UPDATE SKIP LOCKED}, so each mail is sent once.
     */
    Optional<OutgoingMail> claim(long id, Instant now);

    /** The ids of at most {@code max} pending mails whose next attempt is due at {@code now}, the longest waiting first. */
    List<Long> dueIds(Instant now, int max);

    /**
     * The mails with this status (null: all of them, the failed ones first), newest first, from {@code first}
     * (0-based), at most {@code max}.
     */
    List<OutgoingMail> list(MailStatus status, int first, int max);

    /** How many mails have this status (null: all). */
    long count(MailStatus status);

    /** Deletes the mails sent before {@code before} (the retention purge); returns how many. */
    int removeSentBefore(Instant before);
}
