package org.iclei.africa.resilient.web.tool;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The CSV dialect of a language, as spreadsheets set up for it read a file: English uses {@code ,} between cells
 * and {@code .} in numbers; French and Portuguese, whose numbers use a decimal comma, use {@code ;} between cells
 * and {@code ,} in numbers. The file is UTF-8 with a byte-order mark (Excel then reads accents) followed directly by
 * the header row: a {@code sep=;} first line would make Excel ignore the byte-order mark and garble accents, and
 * spreadsheets in French or Portuguese already split on {@code ;}. Dates stay ISO ({@code 2026-05-01}), which
 * spreadsheets read in every language. Every cell is quoted, and no part of a
 * cell can be run as a formula by a spreadsheet, whichever separator it splits on (see {@link #cell}).
 */
record CsvFormat(char separator, char decimal) {

    static final String BYTE_ORDER_MARK = "\ufeff";
    /** The characters a spreadsheet may split a cell's text on, whatever the file's own separator. */
    private static final String SPLITS = ";,\n";
    /** What makes a spreadsheet run a cell: a formula, or a command (DDE) behind + - @, tab or CR. */
    private static final String FORMULA_START = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    static CsvFormat of(Locale locale) {
        return switch (locale.getLanguage()) {
            case "fr", "pt" -> new CsvFormat(';', ',');
            default -> new CsvFormat(',', '.');
        };
    }

    /** The whole file: byte-order mark, then each line ended by CR LF. */
    String file(List<List<String>> table) {
        StringBuilder out = new StringBuilder(BYTE_ORDER_MARK);
        for (List<String> line : table) {
            out.append(line(line)).append("\r\n");
        }
        return out.toString();
    }

    String line(List<String> cells) {
        return cells.stream().map(this::cell).collect(Collectors.joining(String.valueOf(separator)));
    }

    /** A plain number as stored ({@code -1250.5}) with this language's decimal mark, no grouping. */
    String number(String plain) {
        return plain == null ? "" : plain.replace('.', decimal);
    }

    /**
     * One CSV cell, always quoted, and never read as a formula by a spreadsheet: a formula character
     * ({@code = + - @}, tab, CR) that starts the cell, or starts a part of it that a spreadsheet might take for a cell
     * of its own (after {@code ;} or {@code ,} — the separators of French and English spreadsheets — or a line break,
     * spaces and quotes skipped), gets an apostrophe before it. A part that is a plain number ({@code -25.9692}) is left alone.
     */
    String cell(String value) {
        String text = value == null ? "" : value;
        StringBuilder out = new StringBuilder(text.length() + 8).append('"');
        int partStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || SPLITS.indexOf(text.charAt(i)) >= 0) {
                out.append(neutralised(text.substring(partStart, i)));
                if (i < text.length()) {
                    out.append(text.charAt(i));
                }
                partStart = i + 1;
            }
        }
        return out.append('"').toString();
    }

    /** A part with an apostrophe before its formula character (spaces and quotes before it skipped), its quotes doubled. */
    private static String neutralised(String part) {
        int first = 0;
        while (first < part.length() && (part.charAt(first) == ' ' || part.charAt(first) == '"')) {
            first++;
        }
        boolean formula = first < part.length() && FORMULA_START.indexOf(part.charAt(first)) >= 0
                && !PLAIN_NUMBER.matcher(part.trim()).matches();
        String safe = formula ? part.substring(0, first) + "'" + part.substring(first) : part;
        return safe.replace("\"", "\"\"");
    }
}
