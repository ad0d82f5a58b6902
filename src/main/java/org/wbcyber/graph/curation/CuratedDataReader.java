package org.wbcyber.graph.curation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.wbcyber.graph.model.GraphModel;
import org.wbcyber.graph.model.LabelDefinition;
import org.wbcyber.graph.model.Position;
import org.wbcyber.graph.model.PropertyDefinition;
import org.wbcyber.graph.model.PropertyType;
import org.wbcyber.graph.model.RelationField;
import org.wbcyber.graph.model.RelationshipDefinition;
import org.wbcyber.graph.model.Term;
import org.wbcyber.graph.model.YamlNode;

/**
 * Reads and validates the curated data files against the model and turns them into the rows the loader writes.
 * Nothing is half-read: every problem in every file is collected, and any problem throws a
 * {@link CurationException} listing them all.
 *
 * <p>A data file maps label names to lists of records; an optional top-level {@code source:} names the source
 * document its quotes come from unless they say otherwise. Each record has an {@code id}, the properties its
 * label declares, {@code evidence} (quotes, plain or as {@code {source, quote}}), an optional {@code note}, and
 * relation fields whose entries are {@code {ref, <relationship properties>, source, quote}} or carry an
 * {@code evidence} list.
 */
public final class CuratedDataReader {

    public static final String DATASET = "curated";
    public static final String REFERENCE_SOURCE = "reference";
    static final int MAX_QUOTE_LENGTH = 500;

    private static final Pattern COUNTRY_CODE = Pattern.compile("^[A-Z]{2}$");
    private static final Set<String> RECORD_KEYS = Set.of("id", "evidence", "note");
    private static final Set<String> ENTRY_KEYS = Set.of("ref", "source", "quote", "evidence", "note");

    private final GraphModel model;
    private final PropertyValues values;

    public CuratedDataReader(GraphModel model) {
        this.model = model;
        this.values = new PropertyValues(model);
    }

    public CuratedGraph read(CuratedFiles files) {
        return new Run(files).read();
    }

    private record Declared(LabelDefinition label, String id, YamlNode node, String defaultSource) {
    }

    private record SourceText(String id, String normalisedText) {
    }

    private record Provenance(List<String> sources, List<String> quotes) {
    }

    /** One read: the state of a single validation pass. */
    private final class Run {

        private final CuratedFiles files;
        private final List<Problem> problems = new ArrayList<>();
        private final Map<String, Declared> declared = new LinkedHashMap<>();
        private final Map<String, Position> declaredAt = new HashMap<>();
        private final Map<String, SourceText> sources = new HashMap<>();
        private final List<NodeRow> nodes = new ArrayList<>();
        private final Map<List<String>, RelationshipRow> relationships = new LinkedHashMap<>();
        private final Map<List<String>, Position> relationshipsAt = new HashMap<>();

        Run(CuratedFiles files) {
            this.files = files;
        }

        CuratedGraph read() {
            model.themes().terms().keySet().forEach(
                    theme -> declaredAt.put(theme, new Position(files.model().name(), 1)));
            for (CuratedFiles.TextFile file : files.data()) {
                declare(file);
            }
            declared.values().stream().filter(d -> d.label().name().equals(GraphModel.SOURCE_LABEL))
                    .forEach(this::source);
            declared.values().stream().filter(d -> !d.label().name().equals(GraphModel.SOURCE_LABEL))
                    .forEach(this::record);
            themes();
            if (!problems.isEmpty()) {
                problems.sort(Comparator.comparing((Problem p) -> p.position().file())
                        .thenComparingInt(p -> p.position().line()));
                throw new CurationException(problems);
            }
            return new CuratedGraph(List.copyOf(nodes), List.copyOf(relationships.values()), inputHash());
        }

        // ---- first pass: which records exist, under which label

        private void declare(CuratedFiles.TextFile file) {
            YamlNode root;
            try {
                root = YamlNode.parse(file.name(), file.content());
            } catch (YamlNode.YamlSyntaxException e) {
                problem(e.position(), null, e.getMessage().substring(e.position().toString().length() + 2));
                return;
            }
            if (root.isMissing()) {
                return;
            }
            if (!root.isMapping()) {
                problem(root.position(), null, "a data file maps label names to lists of records; found "
                        + root.shape());
                return;
            }
            String defaultSource = root.get("source").filter(YamlNode::isScalar).map(YamlNode::text).orElse(null);
            for (var entry : root.entries()) {
                String key = entry.getKey().isScalar() ? entry.getKey().text() : "";
                if (key.equals("source")) {
                    continue;
                }
                Optional<LabelDefinition> label = model.label(key);
                if (label.isEmpty() || !label.get().curated()) {
                    problem(entry.getKey().position(), null, "unknown label '" + key + "'; data files hold "
                            + String.join(", ", model.labels().values().stream().filter(LabelDefinition::curated)
                                    .map(LabelDefinition::name).toList()));
                    continue;
                }
                if (!entry.getValue().isSequence()) {
                    problem(entry.getValue().position(), key, "expected a list of records, found "
                            + entry.getValue().shape());
                    continue;
                }
                for (YamlNode record : entry.getValue().items()) {
                    declareRecord(label.get(), record, defaultSource);
                }
            }
        }

        private void declareRecord(LabelDefinition label, YamlNode record, String defaultSource) {
            if (!record.isMapping()) {
                problem(record.position(), label.name(), "expected a record (a mapping with an id), found "
                        + record.shape());
                return;
            }
            Optional<YamlNode> idNode = record.get("id").filter(YamlNode::isScalar);
            if (idNode.isEmpty()) {
                problem(record.position(), "id", "missing id");
                return;
            }
            String id = idNode.get().text();
            if (!label.idPattern().matcher(id).matches()) {
                problem(idNode.get().position(), "id", "'" + id + "' does not match " + label.name()
                        + " ids (" + label.idPattern().pattern() + ")");
                return;
            }
            Position previous = declaredAt.putIfAbsent(id, idNode.get().position());
            if (previous != null) {
                problem(idNode.get().position(), "id", "duplicate id '" + id + "': already declared at " + previous);
                return;
            }
            declared.put(id, new Declared(label, id, record, defaultSource));
        }

        // ---- sources first: evidence everywhere else refers to them

        private void source(Declared source) {
            Map<String, Object> properties = properties(source);
            String file = (String) properties.get("file");
            String text = null;
            if (file != null) {
                text = files.sourceTexts().get(file);
                if (text == null) {
                    problem(source.node().get("file").orElseThrow().position(), "file", "no source text '" + file
                            + "' under cypher/sources/");
                }
            }
            sources.put(source.id(), new SourceText(source.id(), text == null ? null : PropertyValues.normalise(text)));
            properties.put("dataset", DATASET);
            nodes.add(new NodeRow(source.label().name(), source.label().allLabels(), source.id(), properties));
        }

        // ---- every other record

        private void record(Declared record) {
            LabelDefinition label = record.label();
            Map<String, Object> properties = properties(record);
            Optional<YamlNode> evidence = record.node().get("evidence");
            if (label.evidenceRequired()) {
                if (evidence.isEmpty() || evidence.get().isMissing()) {
                    problem(record.node().position(), "evidence", label.name() + " '" + record.id()
                            + "' has no evidence: give at least one quote from a source");
                } else {
                    Provenance provenance = evidenceList(evidence.get(), record.defaultSource(), "evidence");
                    properties.put("sources", provenance.sources());
                    properties.put("quotes", provenance.quotes());
                }
            }
            if (label.searchable()) {
                properties.put("names", PropertyValues.names(properties));
            }
            properties.put("dataset", DATASET);
            nodes.add(new NodeRow(label.name(), label.allLabels(), record.id(), properties));
            for (RelationField field : label.relations().values()) {
                record.node().get(field.name()).ifPresent(value -> relations(record, field, value));
            }
        }

        private Map<String, Object> properties(Declared record) {
            LabelDefinition label = record.label();
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("id", record.id());
            Set<String> seen = new LinkedHashSet<>();
            for (var entry : record.node().entries()) {
                String key = entry.getKey().isScalar() ? entry.getKey().text() : "";
                if (!seen.add(key)) {
                    problem(entry.getKey().position(), key, "appears twice in " + label.name() + " '" + record.id()
                            + "'");
                    continue;
                }
                if (key.equals("id") || key.equals("evidence") || label.relations().containsKey(key)) {
                    continue;
                }
                if (key.equals("note")) {
                    text(entry.getValue(), key).ifPresent(note -> properties.put("note", note));
                    continue;
                }
                PropertyDefinition definition = label.properties().get(key);
                if (definition == null) {
                    List<String> known = new ArrayList<>(label.properties().keySet());
                    known.addAll(label.relations().keySet());
                    known.addAll(RECORD_KEYS);
                    problem(entry.getKey().position(), key, "unknown field for " + label.name() + "; known: "
                            + String.join(", ", known));
                    continue;
                }
                convert(definition, entry.getValue(), properties, key);
            }
            for (PropertyDefinition definition : label.properties().values()) {
                if (definition.required() && !seen.contains(definition.name())) {
                    problem(record.node().position(), definition.name(), "required for " + label.name() + " '"
                            + record.id() + "'");
                }
            }
            return properties;
        }

        private void relations(Declared record, RelationField field, YamlNode value) {
            if (!value.isSequence()) {
                problem(value.position(), field.name(), "expected a list of {ref: …} entries, found " + value.shape());
                return;
            }
            List<YamlNode> entries = value.items();
            if (field.max() != null && entries.size() > field.max()) {
                problem(value.position(), field.name(), "at most " + field.max() + " allowed, found "
                        + entries.size());
            }
            RelationshipDefinition type = model.relationships().get(field.type());
            for (YamlNode entry : entries) {
                relation(record, field, type, entry);
            }
        }

        private void relation(Declared record, RelationField field, RelationshipDefinition type, YamlNode entry) {
            String where = field.name();
            if (!entry.isMapping()) {
                problem(entry.position(), where, "expected {ref: <id>, source: …, quote: …}, found " + entry.shape());
                return;
            }
            Optional<YamlNode> refNode = entry.get("ref").filter(YamlNode::isScalar);
            if (refNode.isEmpty()) {
                problem(entry.position(), where, "missing ref (the id of the record it points to)");
                return;
            }
            String ref = refNode.get().text();
            Optional<String> targetLabel = labelOf(ref);
            if (targetLabel.isEmpty()) {
                boolean country = field.other().contains("Country") && COUNTRY_CODE.matcher(ref).matches();
                problem(refNode.get().position(), where, country
                        ? "unknown country code '" + ref + "' (declare the country in cypher/data/reference.yaml)"
                        : "unknown reference '" + ref + "': no record has this id");
                return;
            }
            if (!field.other().contains(targetLabel.get())) {
                problem(refNode.get().position(), where, "'" + ref + "' is a " + targetLabel.get() + "; "
                        + field.name() + " takes " + String.join(", ", field.other()));
                return;
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            for (var property : entry.entries()) {
                String key = property.getKey().isScalar() ? property.getKey().text() : "";
                if (ENTRY_KEYS.contains(key)) {
                    continue;
                }
                PropertyDefinition definition = type.properties().get(key);
                if (definition == null) {
                    List<String> known = new ArrayList<>(List.of("ref", "source", "quote", "evidence", "note"));
                    known.addAll(type.properties().keySet());
                    problem(property.getKey().position(), where + "." + key, "unknown field for " + type.name()
                            + "; known: " + String.join(", ", known));
                    continue;
                }
                convert(definition, property.getValue(), properties, where + "." + key);
            }
            type.properties().values().stream()
                    .filter(d -> d.required() && entry.get(d.name()).isEmpty())
                    .forEach(d -> problem(entry.position(), where + "." + d.name(), "required for " + type.name()));
            entry.get("note").flatMap(note -> text(note, where + ".note")).ifPresent(note -> properties.put("note", note));
            Provenance provenance = entryProvenance(entry, record.defaultSource(), where);
            properties.put("sources", provenance.sources());
            properties.put("quotes", provenance.quotes());
            properties.put("dataset", DATASET);

            String recordLabel = record.label().name();
            RelationshipRow row = field.outgoing()
                    ? new RelationshipRow(type.name(), recordLabel, record.id(), targetLabel.get(), ref, properties)
                    : new RelationshipRow(type.name(), targetLabel.get(), ref, recordLabel, record.id(), properties);
            List<String> key = List.of(row.type(), row.fromId(), row.toId());
            Position previous = relationshipsAt.putIfAbsent(key, entry.position());
            if (previous != null) {
                problem(entry.position(), where, "duplicate relationship (" + row.fromId() + ")-[:" + row.type()
                        + "]->(" + row.toId() + "): already stated at " + previous
                        + "; give one entry several quotes with evidence: [...]");
                return;
            }
            relationships.put(key, row);
        }

        // ---- provenance

        private Provenance entryProvenance(YamlNode entry, String defaultSource, String where) {
            Optional<YamlNode> evidence = entry.get("evidence");
            Optional<YamlNode> quote = entry.get("quote");
            if (evidence.isPresent() && quote.isPresent()) {
                problem(entry.position(), where, "give either quote (with source) or evidence: [...], not both");
            }
            if (evidence.isPresent()) {
                return evidenceList(evidence.get(), defaultSource, where + ".evidence");
            }
            if (quote.isEmpty()) {
                problem(entry.position(), where, "missing quote: every relationship needs a source and a quote");
                return new Provenance(List.of(), List.of());
            }
            String source = entry.get("source").filter(YamlNode::isScalar).map(YamlNode::text).orElse(defaultSource);
            return one(source, quote.get(), where);
        }

        private Provenance evidenceList(YamlNode evidence, String defaultSource, String where) {
            if (!evidence.isSequence() || evidence.items().isEmpty()) {
                problem(evidence.position(), where, "expected a list of quotes, found " + evidence.shape());
                return new Provenance(List.of(), List.of());
            }
            List<String> sourceIds = new ArrayList<>();
            List<String> quotes = new ArrayList<>();
            for (YamlNode item : evidence.items()) {
                Provenance provenance;
                if (item.isScalar()) {
                    provenance = one(defaultSource, item, where);
                } else if (item.isMapping()) {
                    Optional<YamlNode> quote = item.get("quote");
                    if (quote.isEmpty()) {
                        problem(item.position(), where, "missing quote");
                        continue;
                    }
                    provenance = one(item.get("source").filter(YamlNode::isScalar).map(YamlNode::text)
                            .orElse(defaultSource), quote.get(), where);
                } else {
                    problem(item.position(), where, "expected a quote or {source, quote}, found " + item.shape());
                    continue;
                }
                sourceIds.addAll(provenance.sources());
                quotes.addAll(provenance.quotes());
            }
            return new Provenance(sourceIds, quotes);
        }

        private Provenance one(String sourceId, YamlNode quoteNode, String where) {
            if (!quoteNode.isScalar() || quoteNode.text().isBlank()) {
                problem(quoteNode.position(), where, "empty quote");
                return new Provenance(List.of(), List.of());
            }
            String quote = quoteNode.text().strip();
            if (sourceId == null) {
                problem(quoteNode.position(), where, "missing source: name it (source: <id>) or set a default "
                        + "'source:' at the top of the file");
                return new Provenance(List.of(), List.of());
            }
            SourceText source = sources.get(sourceId);
            if (source == null) {
                problem(quoteNode.position(), where, "unknown source '" + sourceId + "'; sources are "
                        + String.join(", ", sources.keySet().stream().sorted().toList()));
                return new Provenance(List.of(), List.of());
            }
            if (quote.length() > MAX_QUOTE_LENGTH) {
                problem(quoteNode.position(), where, "quote of " + quote.length() + " characters; keep quotes under "
                        + MAX_QUOTE_LENGTH);
            }
            if (source.normalisedText() != null && !source.normalisedText().contains(PropertyValues.normalise(quote))) {
                problem(quoteNode.position(), where, "quote not found in source '" + sourceId + "': \""
                        + abbreviate(quote) + "\"");
            }
            return new Provenance(List.of(sourceId), List.of(quote));
        }

        // ---- values

        private void convert(PropertyDefinition definition, YamlNode value, Map<String, Object> out, String field) {
            Object raw;
            if (definition.type() == PropertyType.LIST) {
                if (!value.isSequence() || value.items().stream().anyMatch(item -> !item.isScalar())) {
                    problem(value.position(), field, "expected a list of strings, e.g. [a, b], found "
                            + value.shape());
                    return;
                }
                raw = value.items().stream().map(YamlNode::text).toList();
            } else {
                Optional<String> text = text(value, field);
                if (text.isEmpty()) {
                    return;
                }
                raw = text.get();
            }
            values.convert(definition, raw, out).ifPresent(message -> problem(value.position(), field, message));
        }

        private Optional<String> text(YamlNode value, String field) {
            if (!value.isScalar()) {
                problem(value.position(), field, "expected a value, found " + value.shape());
                return Optional.empty();
            }
            return Optional.of(value.text());
        }

        // ---- themes: the vocabulary's terms are nodes too

        private void themes() {
            if (!sources.containsKey(REFERENCE_SOURCE)) {
                problem(new Position(files.model().name(), 1), null, "themes need the '" + REFERENCE_SOURCE
                        + "' source, which no data file declares");
                return;
            }
            LabelDefinition theme = model.requireLabel(GraphModel.THEME_LABEL);
            for (Term term : model.themes().terms().values()) {
                Map<String, Object> properties = new LinkedHashMap<>();
                properties.put("id", term.id());
                properties.put("name", term.name());
                properties.put("description", term.description());
                properties.put("sources", List.of(REFERENCE_SOURCE));
                properties.put("quotes", List.of("wb-cyber-graph theme vocabulary (cypher/model.yaml)"));
                properties.put("names", PropertyValues.names(properties));
                properties.put("dataset", DATASET);
                nodes.add(new NodeRow(theme.name(), theme.allLabels(), term.id(), properties));
            }
        }

        private Optional<String> labelOf(String id) {
            Declared record = declared.get(id);
            if (record != null) {
                return Optional.of(record.label().name());
            }
            return model.themes().contains(id) ? Optional.of(GraphModel.THEME_LABEL) : Optional.empty();
        }

        private String inputHash() {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                List<CuratedFiles.TextFile> inputs = new ArrayList<>(files.data());
                inputs.add(files.model());
                inputs.sort(Comparator.comparing(CuratedFiles.TextFile::name));
                for (CuratedFiles.TextFile input : inputs) {
                    digest.update(input.name().getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                    digest.update(input.content().getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                }
                return HexFormat.of().formatHex(digest.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        private void problem(Position position, String field, String message) {
            problems.add(new Problem(position, field, message));
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
