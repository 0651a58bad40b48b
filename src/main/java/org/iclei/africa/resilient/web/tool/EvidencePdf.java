package org.iclei.africa.resilient.web.tool;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.iclei.africa.resilient.tool.application.EvidenceService.RowEvidence;
import org.iclei.africa.resilient.tool.domain.EvidenceFile;
import org.iclei.africa.resilient.web.content.ResourceLinks;
import org.iclei.africa.resilient.web.support.DateFormats;

/** The "Evidence" section of the plan's PDF ({@link PlanPdf}): the files attached to each row, with size, who and when. */
final class EvidencePdf {

    private EvidencePdf() {
    }

    static void write(Document document, List<RowEvidence> evidence, ResourceBundle bundle, Locale locale) throws DocumentException {
        document.add(PdfBlocks.heading(bundle.getString("evidence.title")));
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        List<List<String>> rows = new ArrayList<>();
        for (RowEvidence row : evidence) {
            String where = (row.group().isEmpty() ? "" : bundle.getString(row.group()) + ": ") + row.title();
            for (EvidenceFile file : row.files()) {
                rows.add(List.of(where, file.name(), ResourceLinks.size(file.size(), numbers), ChangeText.render(file.uploadedBy(), bundle),
                        DateFormats.dateTime(file.uploadedAt(), locale)));
            }
        }
        document.add(PdfBlocks.table(List.of(bundle.getString("evidence.row"), bundle.getString("evidence.file.name"),
                bundle.getString("evidence.size"), bundle.getString("evidence.by"), bundle.getString("evidence.at")), rows,
                bundle.getString("evidence.none")));
    }
}
