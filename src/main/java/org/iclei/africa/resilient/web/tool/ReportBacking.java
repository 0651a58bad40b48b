package org.iclei.africa.resilient.web.tool;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.iclei.africa.resilient.tool.application.PlanReportService;
import org.iclei.africa.resilient.tool.application.PlanReportService.PlanReport;
import org.iclei.africa.resilient.tool.application.WorksheetService;
import org.iclei.africa.resilient.tool.domain.Criterion;
import org.iclei.africa.resilient.tool.domain.Field;
import org.iclei.africa.resilient.tool.domain.ProcessStep;
import org.iclei.africa.resilient.tool.domain.WorksheetRow;

/** The whole plan on one page at /tool/report, laid out for printing; /tool/report.pdf is the same as a PDF file. */
@Named("report")
@RequestScoped
public class ReportBacking extends ToolPage {

    @Inject
    PlanReportService reports;

    private PlanReport plan;

    @PostConstruct
    void load() {
        plan = read(reports::report);
    }

    @Override
    String path() {
        return "/tool/report";
    }

    public PlanReport getPlan() {
        return plan;
    }

    public List<ProcessStep> getSteps() {
        return List.of(ProcessStep.values());
    }

    public Instant getNow() {
        return Instant.now();
    }

    public List<Criterion> getCriteria() {
        return List.of(Criterion.values());
    }

    public String display(ProcessStep step, WorksheetRow row, Field field) {
        WorksheetService.View view = plan.sheets().get(step);
        return CellFormat.of(bundle(), language.getLocale(), view, true).format(row, field);
    }
}
