package org.wbcyber.graph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.wbcyber.graph.curation.Problem;
import org.wbcyber.graph.model.Position;

/**
 * ITU Global Cybersecurity Index results as CSV (format {@code gci}): {@code country} (ISO 3166-1 alpha-2),
 * {@code year}, {@code rank}, {@code score}, {@code source}, {@code quote}, and optionally {@code indexQuote}, the
 * words that say the scores are GCI scores (a table heading; the row's quote otherwise). Each row is a Score
 * {@code gci-<year>-<country in lower case>} — the ids the curated data uses, so a row the curated data already
 * states changes nothing — with HAS_SCORE from the country and FOR_INDICATOR to the {@code gci} Index. A row
 * without score and rank records that the index has no score ({@code available: false}). Without source and
 * quote a row cites the file itself, with the row as its quote.
 *
 * <p>Optional pillar columns ({@code legal}, {@code technical}, {@code organizational},
 * {@code capacity-development}, {@code cooperation}: the score out of 20) add a Score
 * {@code gci-<year>-<country>-<pillar>} on the pillar's Indicator ({@code gci-<pillar>}, cypher/data/gci-pillars.yaml),
 * which needs versus response follows to the themes the pillar calls for.
 */
@Component
class GciCsvReader implements ImportReader {

    static final String FORMAT = "gci";
    static final String INDEX = "gci";
    private static final List<String> REQUIRED = List.of("country", "year", "rank", "score", "source", "quote");
    static final List<String> PILLARS = List.of("legal", "technical", "organizational", "capacity-development",
            "cooperation");
    private static final String PILLAR_MAX = "20";
    private static final List<String> COLUMNS = List.of("country", "year", "rank", "score", "source", "quote",
            "indexquote", "legal", "technical", "organizational", "capacity-development", "cooperation");
    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String description() {
        return "ITU Global Cybersecurity Index scores: country,year,rank,score,source,quote, optionally "
                + "indexQuote and the five pillar scores, e.g. "
                + "cypher/import-templates/example-gci-2020.csv";
    }

    @Override
    public String referenceField(ImportRecord.Link link, boolean from) {
        if (link.type().equals("FOR_INDICATOR") && !from && !link.toId().equals(INDEX)) {
            return link.toId().substring(INDEX.length() + 1);
        }
        return link.type().equals("HAS_SCORE") ? (from ? "country" : "year") : (from ? "year" : "index");
    }

    @Override
    public void read(String fileName, InputStream input, Sink sink) throws IOException {
        ImportRecord.Node file = ImportSources.of(FORMAT, fileName);
        sink.record(file);
        CsvTable.read(fileName, input, new CsvTable.RowHandler() {
            @Override
            public boolean header(Position position, List<String> columns) {
                boolean ok = true;
                for (String column : REQUIRED) {
                    if (!columns.contains(column)) {
                        sink.problem(new Problem(position, column, "missing column '" + column + "' (columns: "
                                + String.join(", ", COLUMNS) + ")"));
                        ok = false;
                    }
                }
                for (String column : columns) {
                    if (!COLUMNS.contains(column)) {
                        sink.problem(new Problem(position, column, "unknown column '" + column + "' (columns: "
                                + String.join(", ", COLUMNS) + ")"));
                        ok = false;
                    }
                }
                return ok;
            }

            @Override
            public void row(CsvTable.Row row) {
                score(file.id(), row, sink);
            }
        }, sink);
    }

    private void score(String fileSource, CsvTable.Row row, Sink sink) {
        List<Problem> problems = new ArrayList<>();
        String country = row.get("country");
        String year = row.get("year");
        if (country == null || !COUNTRY.matcher(country).matches()) {
            problems.add(new Problem(row.position(), "country", country == null ? "empty country"
                    : "'" + country + "' is not an ISO 3166-1 alpha-2 code (e.g. RS)"));
        }
        if (year == null || !year.matches("\\d{4}")) {
            problems.add(new Problem(row.position(), "year", year == null ? "empty year"
                    : "'" + year + "' is not a year"));
        }
        String source = row.get("source");
        String quote = row.get("quote");
        if (source == null && quote != null || source != null && quote == null) {
            problems.add(new Problem(row.position(), source == null ? "source" : "quote",
                    "give both source and quote, or neither to cite this file"));
        }
        if (!problems.isEmpty()) {
            problems.forEach(sink::problem);
            return;
        }
        ImportRecord.Evidence evidence = source == null ? new ImportRecord.Evidence(fileSource, row.text())
                : new ImportRecord.Evidence(source, quote);
        ImportRecord.Evidence indexEvidence = row.get("indexquote") == null ? evidence
                : new ImportRecord.Evidence(evidence.source(), row.get("indexquote"));
        String id = "gci-" + year + "-" + country.toLowerCase(Locale.ROOT);
        Map<String, Object> properties = new LinkedHashMap<>();
        boolean available = row.get("score") != null || row.get("rank") != null;
        properties.put("available", String.valueOf(available));
        properties.put("year", year);
        if (row.get("score") != null) {
            properties.put("value", row.get("score"));
        }
        if (row.get("rank") != null) {
            properties.put("rank", row.get("rank"));
        }
        Position at = row.position();
        sink.record(new ImportRecord.Node(at, "Score", id, properties, List.of(evidence)));
        sink.record(new ImportRecord.Link(at, "HAS_SCORE", country, id, Map.of(), List.of(evidence)));
        sink.record(new ImportRecord.Link(at, "FOR_INDICATOR", id, INDEX, Map.of(), List.of(indexEvidence)));
        for (String pillar : PILLARS) {
            String value = row.get(pillar);
            if (value == null) {
                continue;
            }
            String pillarScore = id + "-" + pillar;
            Map<String, Object> pillarProperties = new LinkedHashMap<>();
            pillarProperties.put("available", "true");
            pillarProperties.put("year", year);
            pillarProperties.put("value", value);
            pillarProperties.put("max", PILLAR_MAX);
            sink.record(new ImportRecord.Node(at, "Score", pillarScore, pillarProperties, List.of(evidence)));
            sink.record(new ImportRecord.Link(at, "HAS_SCORE", country, pillarScore, Map.of(), List.of(evidence)));
            sink.record(new ImportRecord.Link(at, "FOR_INDICATOR", pillarScore, INDEX + "-" + pillar, Map.of(),
                    List.of(evidence)));
        }
    }
}
