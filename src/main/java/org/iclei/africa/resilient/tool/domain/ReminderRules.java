package org.iclei.africa.resilient.tool.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** When reminders are due: the trial's notice, the review date, late actions and indicators without update (dates in UTC). */
public final class ReminderRules {

    /** How long before the trial's end its members are reminded. */
    public static final Duration TRIAL_NOTICE = Duration.ofDays(2);

    private ReminderRules() {
    }

    /** The trial's end date when the workspace is in its trial and it ends within {@link #TRIAL_NOTICE} of {@code now}. */
    public static Optional<LocalDate> trialEndingSoon(Workspace workspace, Instant now) {
        if (workspace.access(now) != WorkspaceAccess.TRIAL || workspace.getTrialEndsAt().isAfter(now.plus(TRIAL_NOTICE))) {
            return Optional.empty();
        }
        return Optional.of(date(workspace.getTrialEndsAt()));
    }

    /** How long after the review date its reminder still goes out (a date long past, e.g. at the first start, is not news). */
    public static final Period REVIEW_NOTICE = Period.ofDays(14);

    /**
     * The review date of step 8 when it has come by {@code today} within the last {@link #REVIEW_NOTICE} (none, a later
     * one or an older one: empty).
     */
    public static Optional<LocalDate> reviewDue(List<WorksheetRow> rows, LocalDate today) {
        return rows.stream().filter(r -> r.getWorksheet() == Worksheet.REVIEW).findFirst().flatMap(r -> parse(r.value("date")))
                .filter(date -> !date.isAfter(today) && date.plus(REVIEW_NOTICE).isAfter(today));
    }

    /** How often an indicator is to be updated, from its {@code frequency} choice; empty for an unknown one. */
    public static Optional<Period> interval(String frequency) {
        return Optional.ofNullable(switch (frequency == null ? "" : frequency) {
            case "monthly" -> Period.ofMonths(1);
            case "quarterly" -> Period.ofMonths(3);
            case "twice-yearly" -> Period.ofMonths(6);
            case "yearly" -> Period.ofYears(1);
            default -> null;
        });
    }

    /** Whether an indicator last updated on {@code lastUpdate} has gone longer than its frequency without one by {@code today}. */
    public static boolean isStale(String frequency, LocalDate lastUpdate, LocalDate today) {
        return interval(frequency).map(period -> lastUpdate.plus(period).isBefore(today)).orElse(false);
    }

    /** The ISO week of a date, e.g. {@code 2026-W01} (the key of the weekly digest). */
    public static String weekKey(LocalDate date) {
        return String.format("%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The actions whose end date is before {@code today} and that are not done. */
    public static List<PlanAction> lateActions(List<PlanAction> actions, LocalDate today) {
        return actions.stream().filter(a -> a.getEndDate() != null && a.getEndDate().isBefore(today) && a.getStatus() != ActionStatus.DONE)
                .toList();
    }

    /**
     * The indicators of step 8 with no progress row for longer than their frequency; one without progress counts from
     * its creation. Each comes with the date of its last update (or creation).
     */
    public static Map<WorksheetRow, LocalDate> staleIndicators(List<WorksheetRow> rows, LocalDate today) {
        Map<String, LocalDate> lastProgress = new HashMap<>();
        for (WorksheetRow row : rows) {
            if (row.getWorksheet() == Worksheet.PROGRESS) {
                parse(row.value("date")).ifPresent(d -> lastProgress.merge(row.value("indicator"), d, (a, b) -> a.isAfter(b) ? a : b));
            }
        }
        Map<WorksheetRow, LocalDate> stale = new java.util.LinkedHashMap<>();
        for (WorksheetRow row : rows) {
            if (row.getWorksheet() == Worksheet.INDICATORS) {
                LocalDate last = lastProgress.getOrDefault(String.valueOf(row.getId()), date(row.getCreatedAt()));
                if (isStale(row.value("frequency"), last, today)) {
                    stale.put(row, last);
                }
            }
        }
        return stale;
    }

    private static LocalDate date(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Optional<LocalDate> parse(String value) {
        try {
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
