package org.iclei.africa.resilient.web.tool;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.List;

/** The portal's look in PDF documents (OpenPDF): title, headings, small text and tables of text with a header row. */
final class PdfBlocks {

    static final Font TEXT = new Font(Font.HELVETICA, 8);

    private static final Color GREEN = new Color(0x14, 0x4d, 0x3a);
    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD, GREEN);
    private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD, GREEN);
    private static final Font SUBHEADING = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font HEADER = new Font(Font.HELVETICA, 8, Font.BOLD);
    private static final Color HEADER_BACKGROUND = new Color(0xee, 0xe8, 0xd8);

    private PdfBlocks() {
    }

    static Paragraph title(String text) {
        return new Paragraph(text, TITLE);
    }

    static Paragraph heading(String text) {
        Paragraph paragraph = new Paragraph(text, HEADING);
        paragraph.setSpacingBefore(14);
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    static Paragraph subheading(String text) {
        Paragraph paragraph = new Paragraph(text, SUBHEADING);
        paragraph.setSpacingBefore(6);
        paragraph.setSpacingAfter(3);
        return paragraph;
    }

    static Paragraph text(String text) {
        return new Paragraph(text, TEXT);
    }

    /** A full-width table whose header row repeats on each page, or the text {@code none} when there are no rows. */
    static Element table(List<String> headers, List<List<String>> rows, String none) {
        if (rows.isEmpty()) {
            return new Paragraph(new Chunk(none, TEXT));
        }
        PdfPTable table = new PdfPTable(headers.size());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingAfter(4);
        headers.forEach(h -> table.addCell(header(h)));
        for (List<String> row : rows) {
            for (String cell : row) {
                PdfPCell pdfCell = new PdfPCell(new Phrase(cell, TEXT));
                pdfCell.setPadding(3);
                table.addCell(pdfCell);
            }
        }
        return table;
    }

    static PdfPCell header(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, HEADER));
        cell.setBackgroundColor(HEADER_BACKGROUND);
        cell.setPadding(3);
        return cell;
    }
}
