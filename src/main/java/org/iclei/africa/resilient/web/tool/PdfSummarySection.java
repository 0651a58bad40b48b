package org.iclei.africa.resilient.web.tool;

import com.lowagie.text.DocumentException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import org.iclei.africa.resilient.tool.application.PlanReportService.PlanReport;
import org.iclei.africa.resilient.tool.domain.ActionStatus;
import org.iclei.africa.resilient.tool.domain.PlanAction;
import org.iclei.africa.resilient.tool.domain.Ranking;
import org.iclei.africa.resilient.tool.domain.Risk;

/**
 * The summary page of the PDF report, for a council that reads one page: the top risks by band (extreme first),
 * the options in their ranked order, and how many actions are in each status with their total budget.
 */
final class PdfSummarySection extends PdfSection {

    /** Risks and options the summary lists at most. */
    static final int TOP = 10;

    PdfSummarySection(PlanReport plan, ResourceBundle bundle, Locale locale) {
        super(plan, bundle, locale);
    }

    @Override
    String title() {
        return text("report.pdf.summary");
    }

    @Override
    boolean ownPage() {
        return true;
    }

    @Override
    void body() throws DocumentException {
        subheading(text("report.pdf.summary.risks"));
        List<List<String>> risks = plan.risks().risks().stream()
                .sorted(Comparator.comparing(Risk::getBand).reversed().thenComparing(Comparator.comparingInt(Risk::getScore).reversed()))
                .limit(TOP)
                .map(r -> List.of(text("RiskBand." + r.getBand()), r.getHazard(), text("Sector." + r.getSector()), String.valueOf(r.getScore())))
                .toList();
        table(headers("tool.risk.band", "tool.risk.hazard", "tool.risk.sector", "tool.risk.score"), risks);

        subheading(text("report.pdf.summary.options"));
        NumberFormat number = PdfStepSection.decimals(locale);
        List<List<String>> options = new ArrayList<>();
        for (Ranking.Ranked ranked : plan.options().getRanking().stream().limit(TOP).toList()) {
            options.add(List.of(String.valueOf(ranked.rank()), ranked.candidate().name(), number.format(ranked.score())));
        }
        List<String> optionHeaders = new ArrayList<>(List.of("#"));
        optionHeaders.addAll(headers("tool.option.name", "tool.ranking.score"));
        table(optionHeaders, options);

        subheading(text("report.pdf.summary.actions"));
        List<List<String>> statuses = new ArrayList<>();
        for (ActionStatus status : ActionStatus.values()) {
            Long count = plan.actions().getByStatus().get(status);
            statuses.add(List.of(text("ActionStatus." + status), String.valueOf(count == null ? 0 : count)));
        }
        table(headers("tool.action.status", "report.pdf.summary.count"), statuses);
        BigDecimal budget = plan.actions().getActions().stream().map(PlanAction::getBudget).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        add(PdfBlocks.text(text("report.pdf.summary.budget") + " " + money(budget)));
    }
}
