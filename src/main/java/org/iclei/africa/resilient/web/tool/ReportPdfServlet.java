package org.iclei.africa.resilient.web.tool;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.tool.application.PlanReportService;
import org.iclei.africa.resilient.tool.application.PlanReportService.PlanReport;
import org.iclei.africa.resilient.tool.application.WorksheetService;
import org.iclei.africa.resilient.tool.domain.AdaptationOption;
import org.iclei.africa.resilient.tool.domain.Criterion;
import org.iclei.africa.resilient.tool.domain.Field;
import org.iclei.africa.resilient.tool.domain.HeatMap;
import org.iclei.africa.resilient.tool.domain.PlanAction;
import org.iclei.africa.resilient.tool.domain.ProcessStep;
import org.iclei.africa.resilient.tool.domain.Ranking;
import org.iclei.africa.resilient.tool.domain.Risk;
import org.iclei.africa.resilient.tool.domain.RiskBand;
import org.iclei.africa.resilient.tool.domain.WorksheetRow;
import org.iclei.africa.resilient.web.support.VisitorLanguage;

/**
 * The whole plan of the member's workspace as a PDF file at /tool/report.pdf (OpenPDF): every step
 * with its status and worksheets, the heat map with each cell's count and band in words, the ranking
 * and the action plan, in the member's language. Viewers and expired trials may download it too.
 */
@WebServlet("/tool/report.pdf")
public class ReportPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD, new Color(0x14, 0x4d, 0x3a));
    private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD, new Color(0x14, 0x4d, 0x3a));
    private static final Font SUBHEADING = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 8);
    private static final Font HEADER = new Font(Font.HELVETICA, 8, Font.BOLD);
    private static final Color HEADER_BACKGROUND = new Color(0xee, 0xe8, 0xd8);

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
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            write(plan, bundle, locale, pdf);
        } catch (DocumentException e) {
            throw new IOException("The PDF report could not be made", e);
        }
        response.setContentType("application/pdf");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"adaptation-plan.pdf\"");
        response.setContentLength(pdf.size());
        pdf.writeTo(response.getOutputStream());
    }

    static void write(PlanReport plan, ResourceBundle bundle, Locale locale, ByteArrayOutputStream out) throws DocumentException {
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        String workspace = plan.risks().workspace().getName();
        document.addTitle(bundle.getString("report.title") + " · " + workspace);
        document.addCreator("Resilient Africa");
        document.open();
        document.add(new Paragraph(bundle.getString("report.title") + " · " + workspace, TITLE));
        String asOf = bundle.getString("report.printed") + " "
                + DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(LocalDate.now(ZoneId.systemDefault()));
        document.add(new Paragraph(plan.risks().workspace().isDemo() ? asOf + " · " + bundle.getString("tool.demo") : asOf, TEXT));
        for (ProcessStep step : ProcessStep.values()) {
            Paragraph heading = new Paragraph(step.number() + ". " + bundle.getString("step." + step.number() + ".name") + " — "
                    + bundle.getString("StepStatus." + plan.statuses().get(step)), HEADING);
            heading.setSpacingBefore(14);
            heading.setSpacingAfter(4);
            document.add(heading);
            WorksheetService.View view = plan.sheets().get(step);
            CellFormat format = new CellFormat(bundle, locale, view.getActions(), view.getIndicators(), true);
            for (WorksheetService.Sheet sheet : view.getSheets()) {
                document.add(subheading(bundle.getString("ws." + sheet.getSlug() + ".title")));
                List<String> headers = sheet.worksheet().fields().stream().map(f -> bundle.getString("ws." + sheet.getSlug() + "." + f.name())).toList();
                List<List<String>> rows = new ArrayList<>();
                for (WorksheetRow row : sheet.getRows()) {
                    List<String> cells = new ArrayList<>();
                    for (Field field : sheet.worksheet().fields()) {
                        cells.add(format.format(row, field));
                    }
                    rows.add(cells);
                }
                document.add(table(headers, rows, bundle));
            }
            switch (step) {
                case IMPACTS_AND_RISKS -> risks(document, plan, bundle);
                case ADAPTATION_OPTIONS -> options(document, plan, bundle);
                case PRIORITISATION -> ranking(document, plan, bundle, locale);
                case ACTION_PLAN -> actions(document, plan, bundle, locale);
                default -> {
                    // the generic worksheets above are the whole step
                }
            }
        }
        document.close();
    }

    private static void risks(Document document, PlanReport plan, ResourceBundle bundle) throws DocumentException {
        document.add(subheading(bundle.getString("tool.heatMap")));
        HeatMap<Risk> heatMap = plan.risks().heatMap();
        PdfPTable grid = new PdfPTable(6);
        grid.setWidthPercentage(70);
        grid.setHorizontalAlignment(Element.ALIGN_LEFT);
        grid.addCell(header(bundle.getString("tool.risk.likelihood") + " / " + bundle.getString("tool.risk.consequence")));
        for (int consequence = 1; consequence <= 5; consequence++) {
            grid.addCell(header(String.valueOf(consequence)));
        }
        for (List<HeatMap.Cell<Risk>> row : heatMap.rows()) {
            grid.addCell(header(String.valueOf(row.get(0).likelihood())));
            for (HeatMap.Cell<Risk> cell : row) {
                PdfPCell pdfCell = new PdfPCell(new Phrase(cell.count() + " · " + bundle.getString("RiskBand." + cell.band()), TEXT));
                pdfCell.setBackgroundColor(band(cell.band()));
                pdfCell.setPadding(4);
                grid.addCell(pdfCell);
            }
        }
        document.add(grid);
        document.add(new Paragraph(bundle.getString("tool.heatMap.legend"), TEXT));
        document.add(subheading(bundle.getString("tool.risks")));
        List<List<String>> rows = new ArrayList<>();
        for (Risk risk : plan.risks().risks()) {
            rows.add(List.of(risk.getHazard(), bundle.getString("Sector." + risk.getSector()), risk.getImpact(),
                    String.valueOf(risk.getLikelihood()), String.valueOf(risk.getConsequence()),
                    risk.getScore() + " · " + bundle.getString("RiskBand." + risk.getBand()),
                    bundle.getString(risk.isWithinMandate() ? "tool.yes" : "tool.no")));
        }
        document.add(table(List.of(bundle.getString("tool.risk.hazard"), bundle.getString("tool.risk.sector"), bundle.getString("tool.risk.impact"),
                bundle.getString("tool.risk.likelihood"), bundle.getString("tool.risk.consequence"), bundle.getString("tool.risk.score"),
                bundle.getString("tool.risk.mandate")), rows, bundle));
    }

    private static void options(Document document, PlanReport plan, ResourceBundle bundle) throws DocumentException {
        document.add(subheading(bundle.getString("tool.options")));
        List<List<String>> rows = new ArrayList<>();
        for (AdaptationOption option : plan.options().getOptions()) {
            rows.add(List.of(option.getName(), option.getRisksAddressed(), bundle.getString("OptionType." + option.getType()),
                    option.getLeadDepartment(), option.getBuildsOn() == null ? "" : option.getBuildsOn()));
        }
        document.add(table(List.of(bundle.getString("tool.option.name"), bundle.getString("tool.option.risks"), bundle.getString("tool.option.type"),
                bundle.getString("tool.option.department"), bundle.getString("tool.option.buildsOn")), rows, bundle));
    }

    private static void ranking(Document document, PlanReport plan, ResourceBundle bundle, Locale locale) throws DocumentException {
        document.add(subheading(bundle.getString("tool.ranking")));
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMinimumFractionDigits(2);
        number.setMaximumFractionDigits(2);
        List<String> headers = new ArrayList<>(List.of("#", bundle.getString("tool.option.name"), bundle.getString("tool.ranking.score")));
        for (Criterion criterion : Criterion.values()) {
            headers.add(bundle.getString("Criterion." + criterion));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Ranking.Ranked ranked : plan.options().getRanking()) {
            List<String> cells = new ArrayList<>(List.of(String.valueOf(ranked.rank()), ranked.candidate().name(), number.format(ranked.score())));
            for (Criterion criterion : Criterion.values()) {
                cells.add(ranked.candidate().scores().get(criterion) + " (" + number.format(ranked.contributions().get(criterion)) + ")");
            }
            rows.add(cells);
        }
        document.add(table(headers, rows, bundle));
        document.add(new Paragraph(bundle.getString("tool.ranking.hint"), TEXT));
    }

    private static void actions(Document document, PlanReport plan, ResourceBundle bundle, Locale locale) throws DocumentException {
        document.add(subheading(bundle.getString("tool.actions.list")));
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        List<List<String>> rows = new ArrayList<>();
        for (PlanAction action : plan.actions().getActions()) {
            BigDecimal budget = action.getBudget();
            rows.add(List.of(action.getActionText(), action.getObjective(), action.getDepartment(), text(action.getPartners()),
                    (budget == null ? "" : number.format(budget)) + (action.getFundingSource() == null ? "" : " · " + action.getFundingSource()),
                    (action.getStartDate() == null ? "" : action.getStartDate().toString()) + " – "
                            + (action.getEndDate() == null ? "" : action.getEndDate().toString()),
                    text(action.getMunicipalPlan()), bundle.getString("ActionStatus." + action.getStatus())));
        }
        document.add(table(List.of(bundle.getString("tool.action.text"), bundle.getString("tool.action.objective"),
                bundle.getString("tool.option.department"), bundle.getString("tool.action.partners"), bundle.getString("tool.action.budget"),
                bundle.getString("tool.action.dates.label"), bundle.getString("tool.action.plan"), bundle.getString("tool.action.status")), rows, bundle));
    }

    private static Paragraph subheading(String text) {
        Paragraph paragraph = new Paragraph(text, SUBHEADING);
        paragraph.setSpacingBefore(6);
        paragraph.setSpacingAfter(3);
        return paragraph;
    }

    private static Element table(List<String> headers, List<List<String>> rows, ResourceBundle bundle) {
        if (rows.isEmpty()) {
            return new Paragraph(new Chunk(bundle.getString("ws.none"), TEXT));
        }
        PdfPTable table = new PdfPTable(headers.size());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingAfter(4);
        headers.forEach(h -> table.addCell(header(h)));
        for (List<String> row : rows) {
            for (String cell : row) {
                PdfPCell pdfCell = new PdfPCell(new Phrase(cell, TEXT));
                pdfCell.setPadding(3);
                table.addCell(pdfCell);
            }
        }
        return table;
    }

    private static PdfPCell header(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, HEADER));
        cell.setBackgroundColor(HEADER_BACKGROUND);
        cell.setPadding(3);
        return cell;
    }

    private static Color band(RiskBand band) {
        return switch (band) {
            case LOW -> new Color(0xe3, 0xf1, 0xe1);
            case MEDIUM -> new Color(0xfb, 0xf1, 0xc7);
            case HIGH -> new Color(0xf8, 0xd7, 0xb5);
            case EXTREME -> new Color(0xf2, 0xb8, 0xb0);
        };
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
