package org.iclei.africa.resilient.web.tool;

import com.lowagie.text.DocumentException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.ResourceBundle;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.tool.application.PlanReportService;
import org.iclei.africa.resilient.tool.application.PlanReportService.PlanReport;
import org.iclei.africa.resilient.web.support.DownloadName;
import org.iclei.africa.resilient.web.support.VisitorLanguage;

/**
 * The whole plan of the member's workspace as a PDF file at /tool/report.pdf, in the member's language
 * (written by {@link PlanPdf}), named after the municipality and the day ({@code resilience-plan-saint-louis-2026-11-29.pdf}).
 * Viewers and expired trials may download it too. The file is streamed to the response as it is written (no copy of
 * it is held in memory); what it holds is bounded by the workspace's quotas ({@code tool.domain.Quota}).
 */
@WebServlet("/tool/report.pdf")
public class ReportPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PlanReportService reports;

    @Inject
    transient VisitorLanguage language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PlanReport plan;
        try {
            plan = reports.report(request.getUserPrincipal().getName());
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Locale locale = language.getLocale();
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale);
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        response.setContentType("application/pdf");
        response.setHeader("Cache-Control", "private, no-store");
        DownloadName.of("resilience-plan", plan.risks().workspace().getName(), today, "pdf").attach(response);
        try {
            new PlanPdf(plan, bundle, locale, today).write(response.getOutputStream()); // streamed, never whole in memory
        } catch (DocumentException e) {
            throw new IOException("The PDF report could not be made", e);
        }
    }
}
