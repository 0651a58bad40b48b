package org.iclei.africa.resilient.tool.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iclei.africa.resilient.accounts.domain.Municipality;
import org.iclei.africa.resilient.content.domain.Country;
import org.iclei.africa.resilient.content.domain.LocalizedName;
import org.junit.jupiter.api.Test;

/** When reminders are due: trial notice, review date, frequency of indicators, ISO weeks, late actions. */
class ReminderRulesTest {

    private static final Instant MONDAY = Instant.parse("2026-11-02T08:00:00Z");

    private static Workspace workspace() {
        return new Workspace(new Municipality("Walvis Bay", new Country("NA", new LocalizedName("Namibia", null, null))), false, MONDAY,
                Duration.ofDays(7));
    }

    @Test
    void theTrialReminderIsDueInItsLastTwoDaysOnly() {
        Workspace workspace = workspace();
        assertEquals(Optional.empty(), ReminderRules.trialEndingSoon(workspace, MONDAY.plus(Duration.ofDays(5)).minusSeconds(1)));
        assertEquals(Optional.of(LocalDate.of(2026, 11, 9)), ReminderRules.trialEndingSoon(workspace, MONDAY.plus(Duration.ofDays(5))));
        assertEquals(Optional.of(LocalDate.of(2026, 11, 9)), ReminderRules.trialEndingSoon(workspace, MONDAY.plus(Duration.ofDays(7)).minusSeconds(1)));
        assertEquals(Optional.empty(), ReminderRules.trialEndingSoon(workspace, MONDAY.plus(Duration.ofDays(7))), "ended: nothing to remind");
        workspace.grantMembership(MONDAY.plus(Duration.ofDays(1)), null);
        assertEquals(Optional.empty(), ReminderRules.trialEndingSoon(workspace, MONDAY.plus(Duration.ofDays(6))), "a member has no trial to end");
    }

    @Test
    void eachFrequencyIsAnInterval() {
        assertEquals(Optional.of(Period.ofMonths(1)), ReminderRules.interval("monthly"));
        assertEquals(Optional.of(Period.ofMonths(3)), ReminderRules.interval("quarterly"));
        assertEquals(Optional.of(Period.ofMonths(6)), ReminderRules.interval("twice-yearly"));
        assertEquals(Optional.of(Period.ofYears(1)), ReminderRules.interval("yearly"));
        assertEquals(Optional.empty(), ReminderRules.interval("weekly"));
        assertEquals(Optional.empty(), ReminderRules.interval(null));
    }

    @Test
    void anIndicatorIsStaleOnlyAfterItsWholeInterval() {
        LocalDate last = LocalDate.of(2026, 1, 31);
        assertFalse(ReminderRules.isStale("monthly", last, LocalDate.of(2026, 2, 28)), "31 January + 1 month = 28 February");
        assertTrue(ReminderRules.isStale("monthly", last, LocalDate.of(2026, 3, 1)));
        assertFalse(ReminderRules.isStale("quarterly", last, LocalDate.of(2026, 4, 30)));
        assertTrue(ReminderRules.isStale("quarterly", last, LocalDate.of(2026, 5, 1)));
        assertFalse(ReminderRules.isStale("twice-yearly", last, LocalDate.of(2026, 7, 31)));
        assertTrue(ReminderRules.isStale("twice-yearly", last, LocalDate.of(2026, 8, 1)));
        assertFalse(ReminderRules.isStale("yearly", last, LocalDate.of(2027, 1, 31)));
        assertTrue(ReminderRules.isStale("yearly", last, LocalDate.of(2027, 2, 1)));
        assertFalse(ReminderRules.isStale("unknown", last, LocalDate.of(2030, 1, 1)), "no frequency, no reminder");
    }

    @Test
    void theDigestWeekIsTheIsoWeek() {
        assertEquals("2026-W01", ReminderRules.weekKey(LocalDate.of(2025, 12, 29)), "a Monday in December can start week 1 of the next year");
        assertEquals("2026-W53", ReminderRules.weekKey(LocalDate.of(2027, 1, 3)), "a Sunday in January can end the last week of the year before");
        assertEquals("2026-W45", ReminderRules.weekKey(LocalDate.of(2026, 11, 2)));
        assertEquals("2026-W45", ReminderRules.weekKey(LocalDate.of(2026, 11, 8)), "Monday to Sunday is one week");
        assertEquals("2026-W46", ReminderRules.weekKey(LocalDate.of(2026, 11, 9)));
    }

    @Test
    void lateActionsEndedBeforeTodayAndAreNotDone() {
        LocalDate today = LocalDate.of(2026, 11, 10);
        PlanAction late = action("Late", today.minusDays(1), ActionStatus.UNDER_WAY);
        PlanAction stalled = action("Stalled", today.minusDays(30), ActionStatus.STALLED);
        PlanAction done = action("Done", today.minusDays(1), ActionStatus.DONE);
        PlanAction endsToday = action("Ends today", today, ActionStatus.PLANNED);
        PlanAction noEnd = action("No end", null, ActionStatus.PLANNED);
        assertEquals(List.of(late, stalled), ReminderRules.lateActions(List.of(late, stalled, done, endsToday, noEnd), today));
    }

    @Test
    void theReviewIsDueFromItsDate() {
        WorksheetRow review = new WorksheetRow(workspace(), Worksheet.REVIEW);
        review.edit(Map.of("date", "2026-11-10"), "lead");
        assertEquals(Optional.empty(), ReminderRules.reviewDue(List.of(review), LocalDate.of(2026, 11, 9)));
        assertEquals(Optional.of(LocalDate.of(2026, 11, 10)), ReminderRules.reviewDue(List.of(review), LocalDate.of(2026, 11, 10)));
        assertEquals(Optional.of(LocalDate.of(2026, 11, 10)), ReminderRules.reviewDue(List.of(review), LocalDate.of(2026, 11, 23)));
        assertEquals(Optional.empty(), ReminderRules.reviewDue(List.of(review), LocalDate.of(2026, 11, 24)), "a date long past is not news");
        assertEquals(Optional.empty(), ReminderRules.reviewDue(List.of(), LocalDate.of(2027, 1, 1)));
    }

    private static PlanAction action(String text, LocalDate end, ActionStatus status) {
        PlanAction action = new PlanAction(null);
        action.edit(null, text, "objective", "department", null, BigDecimal.ONE, null, null, end, null, status, "lead");
        return action;
    }
}
