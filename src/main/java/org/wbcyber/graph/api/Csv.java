package org.wbcyber.graph.api;

import java.util.List;

/**
 * CSV (RFC 4180) for exports program officers open in a spreadsheet. A cell that a spreadsheet would run as a
 * formula (starting with = + - @) is prefixed with an apostrophe.
 */
public final class Csv {

    private final StringBuilder text = new StringBuilder();

    public Csv(String... header) {
        row((Object[]) header);
    }

    public Csv row(Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(cell(cells[i]));
        }
        text.append("\r\n");
        return this;
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value instanceof List<?> list ? String.join("; ", list.stream().map(String::valueOf).toList())
                : value.toString();
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
