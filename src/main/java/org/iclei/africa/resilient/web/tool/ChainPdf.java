package org.iclei.africa.resilient.web.tool;

import com.lowagie.text.DocumentException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.iclei.africa.resilient.tool.application.PlanReportService.PlanReport;
import org.iclei.africa.resilient.tool.domain.PlanChain;
import org.iclei.africa.resilient.tool.domain.Risk;
import org.iclei.africa.resilient.tool.domain.WorksheetRow;

/**
 * The PDF report's section "from risk to indicator": one table row per path risk → option → action → indicator
 * ({@link PlanChain#paths()}), a cell left empty where it repeats the row above, then the high and extreme risks that
 * no option answers yet.
 */
final class ChainPdf extends PdfSection {

    ChainPdf(PlanReport plan, ResourceBundle bundle, Locale locale) {
        super(plan, bundle, locale);
    }

    @Override
    String title() {
        return text("tool.chain.title");
    }

    @Override
    void body() throws DocumentException {
        PlanChain chain = plan.chain();
        add(PdfBlocks.table(List.of(text("tool.chain.risk"), text("tool.chain.option"), text("tool.chain.action"), text("tool.chain.indicator")),
                rows(chain, bundle), text("tool.chain.none")));
        if (!chain.getUnanswered().isEmpty()) {
            subheading(text("tool.chain.unanswered"));
            add(PdfBlocks.text(String.join("; ", chain.getUnanswered().stream().map(r -> risk(r, bundle)).toList())));
        }
    }

    /** The rows of the chain's table, in the reader's language. */
    static List<List<String>> rows(PlanChain chain, ResourceBundle bundle) {
        List<List<String>> rows = new ArrayList<>();
        List<String> previous = List.of("", "", "", "");
        for (PlanChain.Path path : chain.paths()) {
            List<String> full = List.of(
                    path.risk() == null ? "—" : risk(path.risk(), bundle),
                    path.option() == null ? "—" : path.option().getName(),
                    path.action() == null ? bundle.getString("tool.chain.noAction")
                            : path.action().getActionText() + " · " + bundle.getString("ActionStatus." + path.action().getStatus()),
                    path.action() == null ? "" : path.indicator() == null ? bundle.getString("tool.chain.noIndicator") : indicator(path.indicator(), bundle));
            List<String> cells = new ArrayList<>(full);
            for (int i = 0; i < 3 && full.subList(0, i + 1).equals(previous.subList(0, i + 1)); i++) {
                cells.set(i, "");
            }
            rows.add(cells);
            previous = full;
        }
        return rows;
    }

    private static String risk(Risk risk, ResourceBundle bundle) {
        return risk.getHazard() + " · " + risk.getScore() + " (" + bundle.getString("RiskBand." + risk.getBand()) + ")";
    }

    private static String indicator(WorksheetRow indicator, ResourceBundle bundle) {
        String frequency = indicator.value("frequency");
        return indicator.value("indicator") + (frequency.isEmpty() ? "" : " · " + bundle.getString("choice." + frequency));
    }
}
