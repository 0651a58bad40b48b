package org.iclei.africa.resilient.web.tool;

import com.lowagie.text.DocumentException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.iclei.africa.resilient.tool.application.EvidenceService.RowEvidence;
import org.iclei.africa.resilient.tool.application.PlanReportService.PlanReport;
import org.iclei.africa.resilient.tool.domain.ChangeSummaries;
import org.iclei.africa.resilient.tool.domain.EvidenceFile;
import org.iclei.africa.resilient.web.content.ResourceLinks;
import org.iclei.africa.resilient.web.support.DateFormats;

/** The "Evidence" section of the plan's PDF ({@link PlanPdf}): the files attached to each row, with size, who and when. */
final class EvidencePdf extends PdfSection {

    EvidencePdf(PlanReport plan, ResourceBundle bundle, Locale locale) {
        super(plan, bundle, locale);
    }

    @Override
    String title() {
        return text("evidence.title");
    }

    @Override
    void body() throws DocumentException {
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        List<List<String>> rows = new ArrayList<>();
        for (RowEvidence row : plan.evidence()) {
            String where = (row.group().isEmpty() ? "" : text(row.group()) + ": ") + row.title();
            for (EvidenceFile file : row.files()) {
                rows.add(List.of(where, file.name(), ResourceLinks.size(file.size(), numbers), ChangeSummaries.text(file.uploadedBy(), bundle),
                        DateFormats.dateTime(file.uploadedAt(), locale)));
            }
        }
        add(PdfBlocks.table(headers("evidence.row", "evidence.file.name", "evidence.size", "evidence.by", "evidence.at"), rows,
                text("evidence.none")));
    }
}
