package org.iclei.africa.resilient.web.tool;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.iclei.africa.resilient.web.support.DateFormats;
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

/**
 * Writes a workspace's plan as a PDF document (OpenPDF), landscape A4, in one language: every step with
 * its status and worksheets, the heat map with each cell's count and band in words, the ranking and the
 * action plan. Each instance writes one document.
 */
final class PlanPdf {

    private final PlanReport plan;
    private final ResourceBundle bundle;
    private final Locale locale;
    private final Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);

    PlanPdf(PlanReport plan, ResourceBundle bundle, Locale locale) {
        this.plan = plan;
        this.bundle = bundle;
        this.locale = locale;
    }

    void write(OutputStream out) throws DocumentException {
        PdfWriter.getInstance(document, out);
        String workspace = plan.risks().workspace().getName();
        document.addTitle(bundle.getString("report.title") + " · " + workspace);
        document.addCreator("Resilient Africa");
        document.open();
        document.add(PdfBlocks.title(bundle.getString("report.title") + " · " + workspace));
        String asOf = bundle.getString("report.printed") + " "
                + DateFormats.date(LocalDate.now(ZoneId.systemDefault()), locale);
        document.add(PdfBlocks.text(plan.risks().workspace().isDemo() ? asOf + " · " + bundle.getString("tool.demo") : asOf));
        document.add(PdfBlocks.heading(bundle.getString("tool.chain.title")));
        for (Element element : ChainPdf.section(plan.chain(), bundle)) {
            document.add(element);
        }
        for (ProcessStep step : ProcessStep.values()) {
            document.add(PdfBlocks.heading(step.number() + ". " + bundle.getString("step." + step.number() + ".name") + " — "
                    + bundle.getString("StepStatus." + plan.statuses().get(step))));
            sheets(plan.sheets().get(step));
            switch (step) {
                case IMPACTS_AND_RISKS -> risks();
                case ADAPTATION_OPTIONS -> options();
                case PRIORITISATION -> ranking();
                case ACTION_PLAN -> actions();
                default -> {
                    // the generic worksheets are the whole step
                }
            }
        }
        EvidencePdf.write(document, plan.evidence(), bundle, locale);
        document.close();
    }

    private void sheets(WorksheetService.View view) throws DocumentException {
        CellFormat format = new CellFormat(bundle, locale, view.getActions(), view.getIndicators(), true);
        for (WorksheetService.Sheet sheet : view.getSheets()) {
            document.add(PdfBlocks.subheading(bundle.getString("ws." + sheet.getSlug() + ".title")));
            List<String> headers = sheet.worksheet().fields().stream().map(f -> bundle.getString("ws." + sheet.getSlug() + "." + f.name())).toList();
            List<List<String>> rows = new ArrayList<>();
            for (WorksheetRow row : sheet.getRows()) {
                List<String> cells = new ArrayList<>();
                for (Field field : sheet.worksheet().fields()) {
                    cells.add(format.format(row, field));
                }
                rows.add(cells);
            }
            document.add(table(headers, rows));
        }
    }

    private void risks() throws DocumentException {
        document.add(PdfBlocks.subheading(bundle.getString("tool.heatMap")));
        HeatMap<Risk> heatMap = plan.risks().heatMap();
        PdfPTable grid = new PdfPTable(6);
        grid.setWidthPercentage(70);
        grid.setHorizontalAlignment(Element.ALIGN_LEFT);
        grid.addCell(PdfBlocks.header(bundle.getString("tool.risk.likelihood") + " / " + bundle.getString("tool.risk.consequence")));
        for (int consequence = 1; consequence <= 5; consequence++) {
            grid.addCell(PdfBlocks.header(String.valueOf(consequence)));
        }
        for (List<HeatMap.Cell<Risk>> row : heatMap.rows()) {
            grid.addCell(PdfBlocks.header(String.valueOf(row.get(0).likelihood())));
            for (HeatMap.Cell<Risk> cell : row) {
                PdfPCell pdfCell = new PdfPCell(new Phrase(cell.count() + " · " + bundle.getString("RiskBand." + cell.band()), PdfBlocks.TEXT));
                pdfCell.setBackgroundColor(band(cell.band()));
                pdfCell.setPadding(4);
                grid.addCell(pdfCell);
            }
        }
        document.add(grid);
        document.add(PdfBlocks.text(bundle.getString("tool.heatMap.legend")));
        document.add(PdfBlocks.subheading(bundle.getString("tool.risks")));
        List<List<String>> rows = new ArrayList<>();
        for (Risk risk : plan.risks().risks()) {
            rows.add(List.of(risk.getHazard(), bundle.getString("Sector." + risk.getSector()), risk.getImpact(),
                    risk.getLikelihood() + " · " + bundle.getString("scale.likelihood." + risk.getLikelihood()),
                    risk.getConsequence() + " · " + bundle.getString("scale.consequence." + risk.getConsequence()),
                    risk.getScore() + " · " + bundle.getString("RiskBand." + risk.getBand()),
                    bundle.getString(risk.isWithinMandate() ? "tool.yes" : "tool.no")));
        }
        document.add(table(headers("tool.risk.hazard", "tool.risk.sector", "tool.risk.impact", "tool.risk.likelihood",
                "tool.risk.consequence", "tool.risk.score", "tool.risk.mandate"), rows));
    }

    private void options() throws DocumentException {
        document.add(PdfBlocks.subheading(bundle.getString("tool.options")));
        List<List<String>> rows = new ArrayList<>();
        for (AdaptationOption option : plan.options().getOptions()) {
            rows.add(List.of(option.getName(), option.getRiskNames() + (option.getRiskNote() == null ? "" : " · " + option.getRiskNote()),
                    bundle.getString("OptionType." + option.getType()),
                    option.getLeadDepartment(), text(option.getBuildsOn())));
        }
        document.add(table(headers("tool.option.name", "tool.option.answers", "tool.option.type", "tool.option.department", "tool.option.buildsOn"), rows));
    }

    private void ranking() throws DocumentException {
        document.add(PdfBlocks.subheading(bundle.getString("tool.ranking")));
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
        document.add(table(headers, rows));
        document.add(PdfBlocks.text(bundle.getString("tool.ranking.hint")));
    }

    private void actions() throws DocumentException {
        document.add(PdfBlocks.subheading(bundle.getString("tool.actions.list")));
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        List<List<String>> rows = new ArrayList<>();
        for (PlanAction action : plan.actions().getActions()) {
            BigDecimal budget = action.getBudget();
            rows.add(List.of(action.getOption() == null ? "" : action.getOption().getName(), action.getActionText(), action.getObjective(), action.getDepartment(), text(action.getPartners()),
                    (budget == null ? "" : number.format(budget)) + (action.getFundingSource() == null ? "" : " · " + action.getFundingSource()),
                    (action.getStartDate() == null ? "" : action.getStartDate().toString()) + " – "
                            + (action.getEndDate() == null ? "" : action.getEndDate().toString()),
                    text(action.getMunicipalPlan()), bundle.getString("ActionStatus." + action.getStatus())));
        }
        document.add(table(headers("tool.action.option", "tool.action.text", "tool.action.objective", "tool.option.department", "tool.action.partners",
                "tool.action.budget", "tool.action.dates.label", "tool.action.plan", "tool.action.status"), rows));
    }

    private List<String> headers(String... keys) {
        return Arrays.stream(keys).map(bundle::getString).toList();
    }

    private Element table(List<String> headers, List<List<String>> rows) {
        return PdfBlocks.table(headers, rows, bundle.getString("ws.none"));
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
