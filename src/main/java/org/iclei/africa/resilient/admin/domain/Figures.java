package org.iclei.africa.resilient.admin.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The read-only queries behind the back office's figures, across the modules' tables. Each answers with
 * little data (counts per day, per workspace, a top ten), whatever the number of records.
 */
public interface Figures {

    /** Accounts created since {@code since}, per day (in the server's time zone); days without any are left out. */
    Map<LocalDate, Long> accountsCreatedPerDay(Instant since);

    /**
     * For every workspace (demonstration ones only {@code withDemo}), the steps (1–8) that are in progress or
     * complete there: a worksheet row, risk, option, score or action recorded, a check item ticked, or the step
     * marked complete. A workspace with none has an empty set.
     */
    Map<Long, Set<Integer>> activeStepsPerWorkspace(boolean withDemo);

    /**
     * For every workspace except demonstration ones created since {@code since}: when it was created (its trial
     * started) and when it was granted membership (null: never).
     */
    List<Instant[]> trialsSince(Instant since);

    /** The resources downloaded at least once, most downloaded first, at most {@code max}. */
    List<DownloadCount> mostDownloaded(int max);
}
