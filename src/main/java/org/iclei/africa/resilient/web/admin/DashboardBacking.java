package org.iclei.africa.resilient.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.function.ToLongFunction;
import org.iclei.africa.resilient.admin.application.DashboardService;
import org.iclei.africa.resilient.admin.application.FiguresService;
import org.iclei.africa.resilient.admin.domain.Conversions;
import org.iclei.africa.resilient.admin.domain.DownloadCount;
import org.iclei.africa.resilient.admin.domain.StepCount;
import org.iclei.africa.resilient.admin.domain.WeekCount;

/** {@code /admin}: what needs attention, and the figures (each a bar chart with its table), read once per request. */
@Named("adminDashboard")
@RequestScoped
public class DashboardBacking extends AdminPage {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DashboardService dashboard;

    @Inject
    transient FiguresService figures;

    private DashboardService.Attention attention;
    private List<WeekCount> registrations;
    private List<StepCount> stepsReached;
    private List<DownloadCount> downloads;
    private List<Conversions.Month> conversions;

    @PostConstruct
    void load() {
        attention = dashboard.attention();
        registrations = figures.registrationsPerWeek();
        stepsReached = figures.workspacesPerStepReached();
        downloads = figures.mostDownloaded();
        conversions = figures.trialsConverted();
    }

    /** Trials started per month, and how many became members (the newest month last). */
    public List<Conversions.Month> getConversions() {
        return conversions;
    }

    /** The width of a bar, in percent of the longest one (a bar of a zero count has none). */
    public static long percent(long value, long max) {
        return max <= 0 ? 0 : Math.round(100.0 * value / max);
    }

    private static <T> long max(List<T> rows, ToLongFunction<T> value) {
        return rows.stream().mapToLong(value).max().orElse(0);
    }

    public long barOfWeek(WeekCount week) {
        return percent(week.count(), max(registrations, WeekCount::count));
    }

    public long barOfStep(StepCount step) {
        return percent(step.workspaces(), max(stepsReached, StepCount::workspaces));
    }

    public long barOfDownload(DownloadCount download) {
        return percent(download.downloads(), max(downloads, DownloadCount::downloads));
    }

    /** "3. Impacts and risks", or "Not started yet" for the workspaces that have none. */
    public String stepName(StepCount step) {
        return step.step() == 0 ? text("admin.figures.notStarted") : step.step() + ". " + text("step." + step.step() + ".name");
    }

    public long getRegistrationsInAll() {
        return registrations.stream().mapToLong(WeekCount::count).sum();
    }

    public DashboardService.Attention getAttention() {
        return attention;
    }

    public List<WeekCount> getRegistrations() {
        return registrations;
    }

    public List<StepCount> getStepsReached() {
        return stepsReached;
    }

    public List<DownloadCount> getDownloads() {
        return downloads;
    }
}
