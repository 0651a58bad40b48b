package org.iclei.africa.resilient.admin.application;

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
        return StepsReached.histogram(figures.activeStepsPerWorkspace());
    }

    /** The {@value #TOP_DOWNLOADS} most downloaded resources. */
    public List<DownloadCount> mostDownloaded() {
        return figures.mostDownloaded(TOP_DOWNLOADS);
    }
}
