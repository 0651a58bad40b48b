package org.iclei.africa.resilient.web.tool;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts of the PDF report: DejaVu Sans and DejaVu Sans Bold (in {@code fonts/}, with their licence), embedded
 * with the Identity-H encoding so that every character of English, French and Portuguese and of African place names
 * (São Tomé, Kédougou, Ouagadougou, Ségou…) prints, unlike Helvetica's Windows-1252. Each font file is read once.
 */
final class PdfFonts {

    private static final BaseFont REGULAR = load("fonts/DejaVuSans.ttf");
    private static final BaseFont BOLD = load("fonts/DejaVuSans-Bold.ttf");

    private PdfFonts() {
    }

    static Font regular(float size) {
        return new Font(REGULAR, size, Font.NORMAL);
    }

    static Font bold(float size, Color color) {
        return new Font(BOLD, size, Font.NORMAL, color);
    }

    static BaseFont regularBase() {
        return REGULAR;
    }

    private static BaseFont load(String path) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + path);
            }
            return BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
