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

/**
 * The portal's look in PDF documents (OpenPDF, in the embedded Unicode {@link PdfFonts}): title, headings, small
 * text and tables of text with a header row whose columns are as wide as their content needs.
 */
final class PdfBlocks {

    static final Color GREEN = new Color(0x14, 0x4d, 0x3a);
    static final Font TEXT = PdfFonts.regular(8);

    private static final Font TITLE = PdfFonts.bold(18, GREEN);
    private static final Font HEADING = PdfFonts.bold(13, GREEN);
    private static final Font SUBHEADING = PdfFonts.bold(10, Color.BLACK);
    private static final Font HEADER = PdfFonts.bold(8, Color.BLACK);
    private static final Color HEADER_BACKGROUND = new Color(0xee, 0xe8, 0xd8);

    /** Characters a column counts at least, and at most, when the widths are shared out (long text wraps). */
    private static final int NARROWEST = 4;
    private static final int WIDEST = 60;

    private PdfBlocks() {
    }

    static Paragraph title(String text) {
        return new Paragraph(text, TITLE);
    }

    /** A section's heading; {@code tag} (null: none) names it for the contents page numbers ({@link PdfPageNumbers}) and links. */
    static Paragraph heading(String text, String tag) {
        Chunk chunk = new Chunk(text, HEADING);
        if (tag != null) {
            chunk.setGenericTag(tag);
            chunk.setLocalDestination(tag);
        }
        Paragraph paragraph = new Paragraph(chunk);
        paragraph.setSpacingBefore(14);
        paragraph.setSpacingAfter(4);
        paragraph.setKeepTogether(true);
        return paragraph;
    }

    static Paragraph subheading(String text) {
        Paragraph paragraph = new Paragraph(text, SUBHEADING);
        paragraph.setSpacingBefore(6);
        paragraph.setSpacingAfter(3);
        paragraph.setKeepTogether(true);
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
        PdfPTable table = new PdfPTable(widths(headers, rows));
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

    /**
     * Relative column widths from what the columns hold: each column counts its longest word of the header and its
     * longest cell (between {@link #NARROWEST} and {@link #WIDEST} characters), so that a number column stays narrow
     * and a description gets the room.
     */
    static float[] widths(List<String> headers, List<List<String>> rows) {
        float[] widths = new float[headers.size()];
        for (int column = 0; column < widths.length; column++) {
            int longest = longestWord(headers.get(column));
            for (List<String> row : rows) {
                String cell = column < row.size() && row.get(column) != null ? row.get(column) : "";
                longest = Math.max(longest, Math.max(cell.length(), longestWord(cell)));
            }
            widths[column] = Math.min(WIDEST, Math.max(NARROWEST, longest));
        }
        return widths;
    }

    private static int longestWord(String text) {
        int longest = 0;
        for (String word : text.split("\\s+")) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }

    static PdfPCell header(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, HEADER));
        cell.setBackgroundColor(HEADER_BACKGROUND);
        cell.setPadding(3);
        return cell;
    }
}
