package org.iclei.africa.resilient.web.tool;

import com.lowagie.text.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.iclei.africa.resilient.tool.domain.PlanChain;
import org.iclei.africa.resilient.tool.domain.Risk;
import org.iclei.africa.resilient.tool.domain.WorksheetRow;

/**
 * The PDF report's section "from risk to indicator": one table row per path risk → option → action → indicator
 * ({@link PlanChain#paths()}), a cell left empty where it repeats the row above, then the high and extreme risks that
 * no option answers yet.
 */
final class ChainPdf {

    private ChainPdf() {
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

    /** The section: its table, and the risks no option answers (when there are any). */
    static List<Element> section(PlanChain chain, ResourceBundle bundle) {
        List<Element> elements = new ArrayList<>();
        elements.add(PdfBlocks.table(List.of(bundle.getString("tool.chain.risk"), bundle.getString("tool.chain.option"),
                bundle.getString("tool.chain.action"), bundle.getString("tool.chain.indicator")), rows(chain, bundle), bundle.getString("tool.chain.none")));
        if (!chain.getUnanswered().isEmpty()) {
            elements.add(PdfBlocks.subheading(bundle.getString("tool.chain.unanswered")));
            elements.add(PdfBlocks.text(String.join("; ", chain.getUnanswered().stream().map(r -> risk(r, bundle)).toList())));
        }
        return elements;
    }

    private static String risk(Risk risk, ResourceBundle bundle) {
        return risk.getHazard() + " · " + risk.getScore() + " (" + bundle.getString("RiskBand." + risk.getBand()) + ")";
    }

    private static String indicator(WorksheetRow indicator, ResourceBundle bundle) {
        String frequency = indicator.value("frequency");
        return indicator.value("indicator") + (frequency.isEmpty() ? "" : " · " + bundle.getString("choice." + frequency));
    }
}
