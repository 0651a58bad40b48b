package org.iclei.africa.resilient.web.tool;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.iclei.africa.resilient.tool.application.PlanReportService.PlanReport;
import org.iclei.africa.resilient.tool.domain.ProcessStep;

/**
 * Writes a workspace's plan as a PDF document (OpenPDF), landscape A4, in one language, for a council: the cover and
 * the contents ({@link PdfCover}), then the {@link #sections()} — the summary page, the chain risk → option → action →
 * indicator ({@link ChainPdf}), every step with its status and worksheets, and the evidence ({@link EvidencePdf}) — with "page n of m" at the foot of each page ({@link PdfPageNumbers}). The document is written
 * twice: the first pass learns on which page each section starts and how many pages there are, the second prints
 * them (the contents take the same room in both, so the pages do not move).
 */
final class PlanPdf {

    private final PlanReport plan;
    private final ResourceBundle bundle;
    private final Locale locale;
    private final LocalDate date;

    PlanPdf(PlanReport plan, ResourceBundle bundle, Locale locale, LocalDate date) {
        this.plan = plan;
        this.bundle = bundle;
        this.locale = locale;
        this.date = date;
    }

    /**
     * The report's sections in order, each listed in the contents. A new section (e.g. the chain risk → option →
     * action → indicator, or the evidence) is a {@link PdfSection} added here.
     */
    List<PdfSection> sections() {
        List<PdfSection> sections = new ArrayList<>();
        sections.add(new PdfSummarySection(plan, bundle, locale));
        sections.add(new ChainPdf(plan, bundle, locale));
        for (ProcessStep step : ProcessStep.values()) {
            sections.add(new PdfStepSection(step, plan, bundle, locale));
        }
        sections.add(new EvidencePdf(plan, bundle, locale));
        return sections;
    }

    /**
     * Writes the PDF to {@code out} in two passes: a draft that only counts pages (its bytes are thrown away as they
     * are written, never kept in memory) gives the contents their page numbers and "page n of m" its m; the final pass
     * streams to {@code out}. A failure shows in the draft, before anything reached {@code out}.
     */
    void write(OutputStream out) throws DocumentException {
        PdfPageNumbers draft = pass(OutputStream.nullOutputStream(), Map.of(), 0);
        pass(out, draft.pages(), draft.lastPage());
    }

    /** The id of the section at {@code index}, for its page number and the contents' link to it. */
    static String tag(int index) {
        return "section-" + index;
    }

    private PdfPageNumbers pass(OutputStream out, Map<String, Integer> pages, int total) throws DocumentException {
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 42);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        PdfPageNumbers numbers = new PdfPageNumbers(bundle.getString("report.pdf.page"), total);
        writer.setPageEvent(numbers);
        String workspace = plan.risks().workspace().getName();
        document.addTitle(bundle.getString("report.title") + " · " + workspace);
        document.addCreator("Resilient Africa");
        document.open();
        PdfCover cover = new PdfCover(plan, bundle, locale);
        cover.cover(document, date);
        List<PdfSection> sections = sections();
        cover.contents(document, sections, pages);
        for (int i = 0; i < sections.size(); i++) {
            sections.get(i).write(document, writer, tag(i));
        }
        document.close();
        return numbers;
    }
}
