package org.iclei.africa.resilient.web.tool;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The CSV dialect of a language, as spreadsheets set up for it read a file: English uses {@code ,} between cells
 * and {@code .} in numbers; French and Portuguese, whose numbers use a decimal comma, use {@code ;} between cells
 * and {@code ,} in numbers. The file is UTF-8 with a byte-order mark (Excel then reads accents) followed directly by
 * the header row: a {@code sep=;} first line would make Excel ignore the byte-order mark and garble accents, and
 * spreadsheets in French or Portuguese already split on {@code ;}. Dates stay ISO ({@code 2026-05-01}), which
 * spreadsheets read in every language. A cell that a spreadsheet would run as a formula is neutralised.
 */
record CsvFormat(char separator, char decimal) {

    static final String BYTE_ORDER_MARK = "\ufeff";

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

    /** One CSV cell: quoted when needed, and never read as a formula by a spreadsheet. */
    String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+([.,]\\d+)?")) {
            text = "'" + text;
        }
        if (text.indexOf(separator) >= 0 || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
