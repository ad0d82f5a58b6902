package org.wbcyber.graph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.wbcyber.graph.curation.Period;
import org.wbcyber.graph.curation.Problem;
import org.wbcyber.graph.model.GraphModel;
import org.wbcyber.graph.model.Position;
import org.wbcyber.graph.model.PropertyDefinition;
import org.wbcyber.graph.model.PropertyType;
import org.wbcyber.graph.model.RelationshipDefinition;

/**
 * The CSV templates for program officers (format {@code csv}, documented in docs/importing.md, examples under
 * cypher/import-templates/): one kind of record per file — sources, actors, projects, events or relations —
 * recognised by the file name (it contains the kind, e.g. {@code actors-2024.csv}) or else by its header.
 * Columns are the model's property names; lists are {@code |}-separated; {@code start} and {@code end} make the
 * period; {@code country}, {@code project} and {@code themes} columns write relationships. Every row but a source
 * cites a {@code source} and a {@code quote}. A row with a problem produces no record. Public so that the
 * synthetic generator's test can read its files without Spring.
 */
@Component
public class CsvTemplateReader implements ImportReader {

    static final String FORMAT = "csv";

    /** A column that names other records: the relationship it writes and whether it holds a list. */
    private record Reference(String type, boolean list) {
    }

    enum Kind {
        SOURCES("Source", List.of("id", "title", "kind"),
                List.of("publisher", "author", "published", "description"), Map.of()),
        ACTORS("Organisation", List.of("id", "name", "kind", "source", "quote"),
                List.of("acronym", "aliases", "localnames", "country", "status", "established", "description"),
                Map.of("country", new Reference("BASED_IN", false))),
        PROJECTS("Project", List.of("id", "name", "source", "quote"),
                List.of("acronym", "aliases", "start", "end", "budgettext", "budgetamount", "budgetcurrency", "themes",
                        "status", "objective", "description"),
                Map.of("themes", new Reference("HAS_THEME", true))),
        EVENTS("Event", List.of("id", "name", "type", "source", "quote"),
                List.of("aliases", "start", "end", "city", "country", "project", "themes", "recurrence", "objective",
                        "description"),
                Map.of("country", new Reference("HELD_IN", false), "project", new Reference("PART_OF", false),
                        "themes", new Reference("HAS_THEME", true))),
        RELATIONS(null, List.of("from", "type", "to", "source", "quote"), List.of("role", "start", "end"), Map.of());

        final String label;
        final List<String> required;
        final Set<String> columns;
        final Map<String, Reference> references;

        Kind(String label, List<String> required, List<String> optional, Map<String, Reference> references) {
            this.label = label;
            this.required = required;
            this.columns = new LinkedHashSet<>(required);
            this.columns.addAll(optional);
            this.references = references;
        }

        String fileName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Columns that are written in lower case in the header but are camelCase properties in the model. */
    private static final Map<String, String> PROPERTY_NAMES = Map.of("localnames", "localNames", "budgettext",
            "budgetText", "budgetamount", "budgetAmount", "budgetcurrency", "budgetCurrency");
    private static final Set<String> NOT_PROPERTIES = Set.of("id", "source", "quote", "start", "end");

    private final GraphModel model;

    public CsvTemplateReader(GraphModel model) {
        this.model = model;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String description() {
        return "CSV templates (sources, actors, projects, events, relations), e.g. "
                + "cypher/import-templates/example-actors.csv; see docs/importing.md";
    }

    @Override
    public String referenceField(ImportRecord.Link link, boolean from) {
        if (from) {
            return link.type().equals("HAS_THEME") || link.type().equals("BASED_IN") || link.type().equals("HELD_IN")
                    ? "id" : "from";
        }
        return switch (link.type()) {
            case "BASED_IN", "HELD_IN" -> "country";
            case "HAS_THEME" -> "themes";
            default -> "to";
        };
    }

    @Override
    public void read(String fileName, InputStream input, Sink sink) throws IOException {
        sink.record(ImportSources.of(FORMAT, fileName));
        Kind[] kind = {null};
        CsvTable.read(fileName, input, new CsvTable.RowHandler() {
            @Override
            public boolean header(Position position, List<String> columns) {
                kind[0] = kind(fileName, columns, position, sink);
                return kind[0] != null;
            }

            @Override
            public void row(CsvTable.Row row) {
                List<ImportRecord> records = new ArrayList<>();
                List<Problem> problems = new ArrayList<>();
                if (kind[0] == Kind.RELATIONS) {
                    relation(row, records, problems);
                } else {
                    node(kind[0], row, records, problems);
                }
                if (problems.isEmpty()) {
                    records.forEach(sink::record);
                } else {
                    problems.forEach(sink::problem);
                }
            }
        }, sink);
    }

    /** The file's kind, by its name or else its header; checks the header's columns. */
    private Kind kind(String fileName, List<String> columns, Position position, Sink sink) {
        String name = fileName.toLowerCase(Locale.ROOT);
        Optional<Kind> byName = Arrays.stream(Kind.values()).filter(k -> name.contains(k.fileName())).findFirst();
        Kind kind = byName.orElseGet(() -> byHeader(columns));
        if (kind == null) {
            sink.problem(new Problem(position, null, "cannot tell which template this is: name the file after "
                    + "one (" + Arrays.stream(Kind.values()).map(Kind::fileName).collect(Collectors.joining(", "))
                    + ") or give its columns"));
            return null;
        }
        boolean ok = true;
        for (String column : kind.required) {
            if (!columns.contains(column)) {
                sink.problem(new Problem(position, column, "missing column '" + column + "' for " + kind.fileName()
                        + " (columns: " + String.join(", ", kind.columns) + ")"));
                ok = false;
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String column : columns) {
            if (!kind.columns.contains(column)) {
                sink.problem(new Problem(position, column, "unknown column '" + column + "' for " + kind.fileName()
                        + " (columns: " + String.join(", ", kind.columns) + ")"));
                ok = false;
            } else if (!seen.add(column)) {
                sink.problem(new Problem(position, column, "column '" + column + "' appears twice"));
                ok = false;
            }
        }
        return ok ? kind : null;
    }

    /** The kind whose required columns the header has, the most specific if several. */
    private static Kind byHeader(List<String> columns) {
        Kind best = null;
        for (Kind kind : Kind.values()) {
            if (columns.containsAll(kind.required) && (best == null || kind.required.size() > best.required.size())) {
                best = kind;
            }
        }
        return best;
    }

    private void node(Kind kind, CsvTable.Row row, List<ImportRecord> records, List<Problem> problems) {
        required(kind, row, problems);
        String id = row.get("id");
        Map<String, Object> properties = new LinkedHashMap<>();
        row.values().forEach((column, value) -> {
            if (NOT_PROPERTIES.contains(column) || kind.references.containsKey(column)) {
                return;
            }
            String property = PROPERTY_NAMES.getOrDefault(column, column);
            PropertyDefinition definition = model.requireLabel(kind.label).properties().get(property);
            properties.put(property, definition != null && definition.type() == PropertyType.LIST
                    ? CsvTable.list(value) : value);
        });
        model.requireLabel(kind.label).properties().values().stream()
                .filter(d -> d.type() == PropertyType.PERIOD && !d.name().equals("published")).findFirst()
                .ifPresent(period -> period(kind, row, problems).ifPresent(text -> properties.put(period.name(), text)));
        if (!problems.isEmpty()) {
            return;
        }
        List<ImportRecord.Evidence> evidence = kind == Kind.SOURCES ? List.of() : evidence(row);
        records.add(new ImportRecord.Node(row.position(), kind.label, id, properties, evidence));
        kind.references.forEach((column, reference) -> {
            String value = row.get(column);
            if (value == null) {
                return;
            }
            for (String target : reference.list() ? CsvTable.list(value) : List.of(value)) {
                records.add(new ImportRecord.Link(row.position(), reference.type(), id, target, Map.of(), evidence));
            }
        });
    }

    private void relation(CsvTable.Row row, List<ImportRecord> records, List<Problem> problems) {
        required(Kind.RELATIONS, row, problems);
        String typeName = row.get("type") == null ? null : row.get("type").toUpperCase(Locale.ROOT);
        RelationshipDefinition type = typeName == null ? null : model.relationships().get(typeName);
        if (typeName != null && type == null) {
            problems.add(new Problem(row.position(), "type", "unknown relationship type '" + row.get("type")
                    + "'; the model has " + String.join(", ", model.relationships().keySet())));
        }
        if (!problems.isEmpty()) {
            return;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        String role = row.get("role");
        if (role != null) {
            String property = type.properties().containsKey("role") ? "role"
                    : type.properties().containsKey("title") ? "title" : null;
            if (property == null) {
                problems.add(new Problem(row.position(), "role", typeName + " has no role"));
            } else {
                properties.put(property, role);
            }
        }
        Optional<PropertyDefinition> period = type.properties().values().stream()
                .filter(d -> d.type() == PropertyType.PERIOD).findFirst();
        Optional<String> dates = period(Kind.RELATIONS, row, problems);
        if (dates.isPresent()) {
            if (period.isEmpty()) {
                problems.add(new Problem(row.position(), row.get("start") != null ? "start" : "end", typeName
                        + " has no date"));
            } else {
                properties.put(period.get().name(), dates.get());
            }
        }
        if (problems.isEmpty()) {
            records.add(new ImportRecord.Link(row.position(), typeName, row.get("from"), row.get("to"), properties,
                    evidence(row)));
        }
    }

    private static void required(Kind kind, CsvTable.Row row, List<Problem> problems) {
        kind.required.stream().filter(column -> row.get(column) == null)
                .forEach(column -> problems.add(new Problem(row.position(), column, "empty " + column)));
    }

    /**
     * {@code start} and {@code end} as one period: both make a range, a start alone an open range for a project
     * (still running) and a single date otherwise.
     */
    private static Optional<String> period(Kind kind, CsvTable.Row row, List<Problem> problems) {
        String start = row.get("start");
        String end = row.get("end");
        boolean ok = date(row, "start", problems) & date(row, "end", problems);
        if (!ok || start == null && end == null) {
            return Optional.empty();
        }
        String text;
        if (start != null && end != null) {
            text = start.equals(end) ? start : start + "/" + end;
        } else if (start != null) {
            text = kind == Kind.PROJECTS ? start + "/" : start;
        } else {
            text = "/" + end;
        }
        try {
            Period.parse(text);
            return Optional.of(text);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(row.position(), "end", "bad date: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private static boolean date(CsvTable.Row row, String column, List<Problem> problems) {
        String value = row.get(column);
        if (value == null) {
            return true;
        }
        if (value.contains("/")) {
            problems.add(new Problem(row.position(), column, "bad date '" + value
                    + "': write YYYY, YYYY-MM or YYYY-MM-DD"));
            return false;
        }
        try {
            Period.parse(value);
            return true;
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(row.position(), column, "bad date: " + e.getMessage()));
            return false;
        }
    }

    private static List<ImportRecord.Evidence> evidence(CsvTable.Row row) {
        return List.of(new ImportRecord.Evidence(row.get("source"), row.get("quote")));
    }
}
