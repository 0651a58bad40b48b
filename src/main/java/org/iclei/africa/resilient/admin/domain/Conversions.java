package org.iclei.africa.resilient.admin.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trials converted to membership: for each month in which workspaces started their trial, how many did, and how
 * many of them have been granted membership since (whatever happened later).
 */
public final class Conversions {

    private Conversions() {
    }

    /** One month's trials. */
    public record Month(YearMonth month, long trials, long converted) {

        public YearMonth getMonth() {
            return month;
        }

        public long getTrials() {
            return trials;
        }

        public long getConverted() {
            return converted;
        }

        /** The share converted, in whole percent (0 when no trial started). */
        public long getPercent() {
            return trials == 0 ? 0 : Math.round(100.0 * converted / trials);
        }
    }

    /**
     * The last {@code months} months up to the one of {@code today}, oldest first, months without trials included.
     *
     * @param workspaces per workspace, when its trial started and when it became a member (null: never)
     */
    public static List<Month> of(List<Instant[]> workspaces, YearMonth current, int months, ZoneId zone) {
        Map<YearMonth, long[]> counts = new LinkedHashMap<>();
        for (int i = months - 1; i >= 0; i--) {
            counts.put(current.minusMonths(i), new long[2]);
        }
        for (Instant[] workspace : workspaces) {
            long[] count = counts.get(YearMonth.from(workspace[0].atZone(zone)));
            if (count != null) {
                count[0]++;
                if (workspace[1] != null) {
                    count[1]++;
                }
            }
        }
        List<Month> list = new ArrayList<>();
        counts.forEach((month, count) -> list.add(new Month(month, count[0], count[1])));
        return list;
    }
}
