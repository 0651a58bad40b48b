package org.iclei.africa.resilient.web.tool;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
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
 * One of the eight steps in the PDF report: its status and worksheets, and for steps 3, 5, 6 and 7 the heat map
 * with each cell's count and band in words and the risks, the options, the ranking, and the action plan.
 */
final class PdfStepSection extends PdfSection {

    private final ProcessStep step;

    PdfStepSection(ProcessStep step, PlanReport plan, ResourceBundle bundle, Locale locale) {
        super(plan, bundle, locale);
        this.step = step;
    }

    @Override
    String title() {
        return step.number() + ". " + text("step." + step.number() + ".name") + " — " + text("StepStatus." + plan.statuses().get(step));
    }

    @Override
    void body() throws DocumentException {
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

    private void sheets(WorksheetService.View view) throws DocumentException {
        CellFormat format = CellFormat.of(bundle, locale, view, true);
        for (WorksheetService.Sheet sheet : view.getSheets()) {
            subheading(text("ws." + sheet.getSlug() + ".title"));
            List<String> headers = sheet.worksheet().fields().stream().map(f -> text("ws." + sheet.getSlug() + "." + f.name())).toList();
            List<List<String>> rows = new ArrayList<>();
            for (WorksheetRow row : sheet.getRows()) {
                List<String> cells = new ArrayList<>();
                for (Field field : sheet.worksheet().fields()) {
                    cells.add(format.format(row, field));
                }
                rows.add(cells);
            }
            table(headers, rows);
        }
    }

    private void risks() throws DocumentException {
        subheading(text("tool.heatMap"));
        HeatMap<Risk> heatMap = plan.risks().heatMap();
        PdfPTable grid = new PdfPTable(6);
        grid.setWidthPercentage(70);
        grid.setHorizontalAlignment(Element.ALIGN_LEFT);
        grid.addCell(PdfBlocks.header(text("tool.risk.likelihood") + " / " + text("tool.risk.consequence")));
        for (int consequence = 1; consequence <= 5; consequence++) {
            grid.addCell(PdfBlocks.header(String.valueOf(consequence)));
        }
        for (List<HeatMap.Cell<Risk>> row : heatMap.rows()) {
            grid.addCell(PdfBlocks.header(String.valueOf(row.get(0).likelihood())));
            for (HeatMap.Cell<Risk> cell : row) {
                PdfPCell pdfCell = new PdfPCell(new Phrase(cell.count() + " · " + text("RiskBand." + cell.band()), PdfBlocks.TEXT));
                pdfCell.setBackgroundColor(band(cell.band()));
                pdfCell.setPadding(4);
                grid.addCell(pdfCell);
            }
        }
        add(grid);
        add(PdfBlocks.text(text("tool.heatMap.legend")));
        subheading(text("tool.risks"));
        List<List<String>> rows = new ArrayList<>();
        for (Risk risk : plan.risks().risks()) {
            rows.add(List.of(risk.getHazard(), text("Sector." + risk.getSector()), risk.getImpact(),
                    risk.getLikelihood() + " · " + text("scale.likelihood." + risk.getLikelihood()),
                    risk.getConsequence() + " · " + text("scale.consequence." + risk.getConsequence()),
                    risk.getScore() + " · " + text("RiskBand." + risk.getBand()),
                    text(risk.isWithinMandate() ? "tool.yes" : "tool.no")));
        }
        table(headers("tool.risk.hazard", "tool.risk.sector", "tool.risk.impact", "tool.risk.likelihood",
                "tool.risk.consequence", "tool.risk.score", "tool.risk.mandate"), rows);
    }

    private void options() throws DocumentException {
        subheading(text("tool.options"));
        List<List<String>> rows = new ArrayList<>();
        for (AdaptationOption option : plan.options().getOptions()) {
            rows.add(List.of(option.getName(), option.getRiskNames() + (option.getRiskNote() == null ? "" : " · " + option.getRiskNote()),
                    text("OptionType." + option.getType()),
                    orEmpty(option.getLeadDepartment()), orEmpty(option.getBuildsOn())));
        }
        table(headers("tool.option.name", "tool.option.answers", "tool.option.type", "tool.option.department", "tool.option.buildsOn"), rows);
    }

    private void ranking() throws DocumentException {
        subheading(text("tool.ranking"));
        NumberFormat number = decimals(locale);
        List<String> headers = new ArrayList<>(List.of("#", text("tool.option.name"), text("tool.ranking.score")));
        for (Criterion criterion : Criterion.values()) {
            headers.add(text("Criterion." + criterion));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Ranking.Ranked ranked : plan.options().getRanking()) {
            List<String> cells = new ArrayList<>(List.of(String.valueOf(ranked.rank()), ranked.candidate().name(), number.format(ranked.score())));
            for (Criterion criterion : Criterion.values()) {
                cells.add(ranked.candidate().scores().get(criterion) + " (" + number.format(ranked.contributions().get(criterion)) + ")");
            }
            rows.add(cells);
        }
        table(headers, rows);
        add(PdfBlocks.text(text("tool.ranking.hint")));
    }

    private void actions() throws DocumentException {
        subheading(text("tool.actions.list"));
        List<List<String>> rows = new ArrayList<>();
        for (PlanAction action : plan.actions().getActions()) {
            rows.add(List.of(action.getOption() == null ? "" : action.getOption().getName(), action.getActionText(), action.getObjective(),
                    orEmpty(action.getDepartment()), orEmpty(action.getPartners()),
                    money(action.getBudget()) + (action.getFundingSource() == null ? "" : " · " + action.getFundingSource()),
                    (action.getStartDate() == null ? "" : action.getStartDate().toString()) + " – "
                            + (action.getEndDate() == null ? "" : action.getEndDate().toString()),
                    orEmpty(action.getMunicipalPlan()), text("ActionStatus." + action.getStatus())));
        }
        table(headers("tool.action.option", "tool.action.text", "tool.action.objective", "tool.option.department", "tool.action.partners",
                "tool.action.budget", "tool.action.dates.label", "tool.action.plan", "tool.action.status"), rows);
    }

    /** Scores with two decimals in the report's language. */
    static NumberFormat decimals(Locale locale) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMinimumFractionDigits(2);
        number.setMaximumFractionDigits(2);
        return number;
    }

    private static Color band(RiskBand band) {
        return switch (band) {
            case LOW -> new Color(0xe3, 0xf1, 0xe1);
            case MEDIUM -> new Color(0xfb, 0xf1, 0xc7);
            case HIGH -> new Color(0xf8, 0xd7, 0xb5);
            case EXTREME -> new Color(0xf2, 0xb8, 0xb0);
        };
    }
}
