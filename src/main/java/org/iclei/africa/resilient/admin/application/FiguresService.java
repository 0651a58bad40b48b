package org.iclei.africa.resilient.admin.application;

import org.iclei.africa.resilient.admin.domain.Conversions;
import java.util.Map;
import java.util.HashMap;
import java.time.YearMonth;
import java.time.Instant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.iclei.africa.resilient.accounts.domain.Role;
import org.iclei.africa.resilient.admin.domain.DownloadCount;
import org.iclei.africa.resilient.admin.domain.Figures;
import org.iclei.africa.resilient.admin.domain.StepCount;
import org.iclei.africa.resilient.admin.domain.StepsReached;
import org.iclei.africa.resilient.admin.domain.WeekCount;
import org.iclei.africa.resilient.admin.domain.WeeklyCounts;

/** The figures of the back office's dashboard, each read from the database when asked (nothing is cached). */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class FiguresService {

    /** How many weeks of registrations the dashboard shows, the current one last. */
    public static final int WEEKS = 12;
    /** How many resources the "most downloaded" figure lists. */
    public static final int TOP_DOWNLOADS = 10;

    @Inject
    Figures figures;

    /** Accounts created per ISO week, the last {@value #WEEKS} weeks up to the current one (in the server's time zone). */
    public List<WeekCount> registrationsPerWeek() {
        ZoneId zone = ZoneId.systemDefault();
        LocalDate today = LocalDate.now(zone);
        LocalDate first = WeeklyCounts.firstMonday(today, WEEKS);
        return WeeklyCounts.of(figures.accountsCreatedPerDay(first.atStartOfDay(zone).toInstant()), today, WEEKS);
    }

    /** How many workspaces (demonstration ones aside) reached each step: 0 (none started) to 8. */
    public List<StepCount> workspacesPerStepReached() {
        return StepsReached.histogram(figures.activeStepsPerWorkspace(false));
    }

    /** How many months of trials the "converted to membership" figure shows, the current one last. */
    public static final int MONTHS = 6;

    /** Trials started per month over the last {@value #MONTHS} months, and how many of them became members. */
    public List<Conversions.Month> trialsConverted() {
        ZoneId zone = ZoneId.systemDefault();
        YearMonth current = YearMonth.now(zone);
        Instant since = current.minusMonths(MONTHS - 1L).atDay(1).atStartOfDay(zone).toInstant();
        return Conversions.of(figures.trialsSince(since), current, MONTHS, zone);
    }

    /** The step each workspace reached (its highest step in progress or complete), by workspace id; 0: none. */
    public Map<Long, Integer> stepReachedPerWorkspace() {
        Map<Long, Integer> reached = new HashMap<>();
        figures.activeStepsPerWorkspace(true).forEach((id, steps) -> reached.put(id, StepsReached.reached(steps)));
        return reached;
    }

    /** The {@value #TOP_DOWNLOADS} most downloaded resources. */
    public List<DownloadCount> mostDownloaded() {
        return figures.mostDownloaded(TOP_DOWNLOADS);
    }
}
