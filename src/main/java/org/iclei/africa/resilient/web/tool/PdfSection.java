package org.iclei.africa.resilient.web.tool;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfWriter;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.iclei.africa.resilient.tool.application.PlanReportService.PlanReport;
import org.iclei.africa.resilient.web.support.MoneyFormat;

/**
 * One section of the PDF report ({@link PlanPdf}): a heading listed in the contents with its page, then its body.
 * A new section extends this class, writes its body with {@link #subheading}, {@link #table} and {@link #add}, and is
 * listed in {@link PlanPdf#sections()}. Headings are kept with what follows: one that would end a page starts the next.
 */
abstract class PdfSection {

    /** Room a heading needs below it (its own height and the first rows of what follows), in points. */
    private static final float HEADING_ROOM = 110;
    private static final float SUBHEADING_ROOM = 80;

    protected final PlanReport plan;
    protected final ResourceBundle bundle;
    protected final Locale locale;
    private Document document;
    private PdfWriter writer;

    PdfSection(PlanReport plan, ResourceBundle bundle, Locale locale) {
        this.plan = plan;
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The heading, as the contents list it. */
    abstract String title();

    /** Everything below the heading. */
    abstract void body() throws DocumentException;

    /** Whether the section starts on a page of its own. */
    boolean ownPage() {
        return false;
    }

    /** Writes the section, its heading tagged {@code tag} for the contents. */
    final void write(Document to, PdfWriter by, String tag) throws DocumentException {
        this.document = to;
        this.writer = by;
        if (ownPage()) {
            document.newPage();
        } else {
            keepRoom(HEADING_ROOM);
        }
        document.add(PdfBlocks.heading(title(), tag));
        body();
    }

    protected void subheading(String text) throws DocumentException {
        keepRoom(SUBHEADING_ROOM);
        document.add(PdfBlocks.subheading(text));
    }

    protected void add(Element element) throws DocumentException {
        document.add(element);
    }

    protected void table(List<String> headers, List<List<String>> rows) throws DocumentException {
        document.add(PdfBlocks.table(headers, rows, text("ws.none")));
    }

    protected List<String> headers(String... keys) {
        return Arrays.stream(keys).map(bundle::getString).toList();
    }

    protected String text(String key) {
        return bundle.getString(key);
    }

    /** A sum in the workspace's currency, in the report's language. */
    protected String money(BigDecimal amount) {
        return MoneyFormat.format(amount, plan.risks().workspace().getCurrency(), locale);
    }

    protected static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** Starts a new page unless {@code room} points are left above the bottom margin. */
    private void keepRoom(float room) {
        if (writer.getVerticalPosition(true) - document.bottom() < room) {
            document.newPage();
        }
    }
}
