package org.iclei.africa.resilient.web.tool;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Map;

/**
 * Page numbers of the PDF report: "page n of m" at the foot of every page but the cover, and the page on which each
 * tagged heading ({@link PdfBlocks#heading}) was set, for the contents. The report is written twice
 * ({@link PlanPdf}): the first pass learns the pages and their count, the second prints them.
 */
final class PdfPageNumbers extends PdfPageEventHelper {

    private final String pattern;
    private final int total;
    private final Map<String, Integer> pages = new HashMap<>();
    private int lastPage;

    /** {@code pattern} like "Page {0} of {1}"; {@code total} 0 while it is not known yet. */
    PdfPageNumbers(String pattern, int total) {
        this.pattern = pattern;
        this.total = total;
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String tag) {
        pages.putIfAbsent(tag, writer.getPageNumber());
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        int page = writer.getPageNumber();
        lastPage = page;
        if (page == 1) {
            return;
        }
        String text = total > 0 ? MessageFormat.format(pattern, page, total) : String.valueOf(page);
        ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, new Phrase(text, PdfBlocks.TEXT),
                (document.left() + document.right()) / 2, document.bottom() - 18, 0);
    }

    /** The number of the last page ended so far. */
    int lastPage() {
        return lastPage;
    }

    /** The pages of the tagged headings set so far. */
    Map<String, Integer> pages() {
        return pages;
    }
}
