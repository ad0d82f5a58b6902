package org.wbcyber.graph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.wbcyber.graph.curation.Problem;
import org.wbcyber.graph.model.Position;

/**
 * A CSV file with a header row, as the CSV importers read it: RFC 4180 (quoted fields may hold commas and line
 * breaks), UTF-8, values trimmed, blank rows ignored. Each row knows the line it starts on, so that problems name
 * it.
 */
final class CsvTable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setTrim(true).setIgnoreEmptyLines(false)
            .get();

    /** A row: its values by column, blank values left out. */
    record Row(Position position, Map<String, String> values) {

        String get(String column) {
            return values.get(column);
        }

        /** The row as written, for quoting the file itself. */
        String text() {
            return String.join(",", values.values());
        }
    }

    interface RowHandler {

        /** Called once with the column names, lower-cased as written; false stops the reading. */
        boolean header(Position position, List<String> columns);

        void row(Row row);
    }

    private CsvTable() {
    }

    static void read(String fileName, InputStream input, RowHandler handler, ImportReader.Sink sink)
            throws IOException {
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(input, StandardCharsets.UTF_8), FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            List<String> columns = null;
            long read = 0;
            long previousEnd = 0;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException malformed) {
                    sink.problem(new Problem(new Position(fileName, (int) previousEnd + 1), null,
                            "not valid CSV: " + malformed.getCause().getMessage()));
                    return;
                }
                Position position = new Position(fileName, (int) previousEnd + 1);
                previousEnd = parser.getCurrentLineNumber();
                List<String> values = record.toList();
                if (values.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (columns == null) {
                    columns = values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).toList();
                    if (!handler.header(position, columns)) {
                        return;
                    }
                    continue;
                }
                if (values.size() > columns.size()) {
                    sink.problem(new Problem(position, null, values.size() + " values but " + columns.size()
                            + " columns in the header"));
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < values.size(); i++) {
                    if (!values.get(i).isBlank()) {
                        row.put(columns.get(i), values.get(i));
                    }
                }
                handler.row(new Row(position, row));
                if (++read % 10_000 == 0) {
                    sink.progress(read, "rows");
                }
            }
            if (columns == null) {
                sink.problem(new Problem(new Position(fileName, 1), null, "empty file: expected a header row"));
            }
        }
    }

    /** A source id made of a file name: lower case, runs of other characters one dash. */
    static String slug(String fileName) {
        String slug = fileName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "file" : slug;
    }

    /** Splits a {@code |}-separated list, leaving out blank items. */
    static List<String> list(String value) {
        List<String> items = new ArrayList<>();
        for (String item : value.split("\\|")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }
}
