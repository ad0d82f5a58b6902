package org.wbcyber.graph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.wbcyber.graph.curation.Problem;
import org.wbcyber.graph.curation.PropertyValues;
import org.wbcyber.graph.model.GraphModel;
import org.wbcyber.graph.model.LabelDefinition;
import org.wbcyber.graph.model.Position;
import org.wbcyber.graph.model.PropertyDefinition;
import org.wbcyber.graph.model.PropertyType;
import org.wbcyber.graph.model.RelationField;
import org.wbcyber.graph.model.RelationshipDefinition;

/**
 * The first pass of an import: every record checked against the model, every reference against the import and
 * the ids already known (the graph's, or for an initial import the curated data's and the earlier files').
 * Nothing is written; what it finds decides what the writers write.
 */
final class ImportCheck implements ImportReader.Sink {

    static final int MAX_QUOTE_LENGTH = 500;
    private static final String SOURCES_FOLDER = "classpath:cypher/sources/";

    /** Where ids that an import names but does not state are looked up. */
    @FunctionalInterface
    interface KnownIds {
        /**
         * Puts each known id's label into {@code labels} and, for a source with a text, its file into
         * {@code sourceFiles}.
         */
        void lookUp(Set<String> ids, Map<String, String> labels, Map<String, String> sourceFiles);
    }

    /** What every check of one model shares. */
    record Rules(GraphModel model, PropertyValues values, Set<List<String>> allowedLinks, ResourceLoader resources) {

        static Rules of(GraphModel model, ResourceLoader resources) {
            Set<List<String>> allowed = new HashSet<>();
            for (LabelDefinition label : model.labels().values()) {
                for (RelationField field : label.relations().values()) {
                    for (String other : field.other()) {
                        allowed.add(field.outgoing() ? List.of(field.type(), label.name(), other)
                                : List.of(field.type(), other, label.name()));
                    }
                }
            }
            return new Rules(model, new PropertyValues(model), Set.copyOf(allowed), resources);
        }

        /**
         * A record's stated properties as the graph stores them; a stated period also clears the stored period's
         * bounds (null values), since a period given again replaces the old one whole.
         */
        Map<String, Object> stated(Map<String, PropertyDefinition> definitions, Map<String, Object> stated) {
            Map<String, Object> converted = new LinkedHashMap<>();
            stated.forEach((key, raw) -> {
                PropertyDefinition definition = definitions.get(key);
                if (definition == null) {
                    // a note: kept as text, like the curated data's notes
                    converted.put(key, raw instanceof String text ? text.strip() : raw);
                    return;
                }
                if (definition.type() == PropertyType.PERIOD) {
                    converted.put(key + "Start", null);
                    converted.put(key + "End", null);
                }
                values.convert(definition, raw, converted);
            });
            return converted;
        }
    }

    private record Declared(String label, int index, Position position) {
    }

    private record LinkCheck(int index, Position position, String type, String from, String to, String fromField,
            String toField, String description) {
    }

    private record Citation(int index, Position position, String source, String quote, String description) {
    }


    private final GraphModel model;
    private final PropertyValues values;
    private final Set<List<String>> allowedLinks;
    private final ResourceLoader resources;
    private final KnownIds known;
    private final ImportReader reader;
    private final ImportOptions options;
    private final Consumer<String> out;
    final List<Problem> problems = new ArrayList<>();
    final Map<Object, String> skipped = new LinkedHashMap<>();
    private final Set<Integer> invalid = new HashSet<>();
    private final Map<String, Declared> declared = new HashMap<>();
    /** The (type, from, to) of every relationship stated so far: by this file, or the files checked with it. */
    private final Set<List<String>> linkKeys;
    private final List<LinkCheck> links = new ArrayList<>();
    private final List<Citation> citations = new ArrayList<>();
    /** Every id the import states or names, with its label: the import's own, then the graph's. */
    final Map<String, String> labels = new HashMap<>();
    private final Set<String> citedSources = new HashSet<>();
    private String ownSource;
    private int count;

    ImportCheck(Rules rules, KnownIds known, ImportReader reader, ImportOptions options, Consumer<String> out) {
        this(rules, known, new HashSet<>(), reader, options, out);
    }

    /** A check whose relationships must differ from those of {@code linkKeys} too, to which it adds them. */
    ImportCheck(Rules rules, KnownIds known, Set<List<String>> linkKeys, ImportReader reader, ImportOptions options,
            Consumer<String> out) {
        this.linkKeys = linkKeys;
        this.model = rules.model();
        this.values = rules.values();
        this.allowedLinks = rules.allowedLinks();
        this.resources = rules.resources();
        this.known = known;
        this.reader = reader;
        this.options = options;
        this.out = out;
    }

    @Override
    public void record(ImportRecord record) {
        int index = count++;
        int before = problems.size();
        if (record instanceof ImportRecord.Node node) {
            node(index, node);
        } else {
            link(index, (ImportRecord.Link) record);
        }
        if (problems.size() > before) {
            skip(index, record.position(), describe(record), problems.get(before).field() == null
                    ? problems.get(before).message()
                    : problems.get(before).field() + ": " + problems.get(before).message());
        }
        if (count % options.progressEvery() == 0) {
            out.accept("… " + count + " records read and checked");
        }
    }

    @Override
    public void problem(Problem problem) {
        problems.add(problem);
        skipped.put(problem, problem.position() + ": not read: "
                + (problem.field() == null ? "" : problem.field() + ": ") + problem.message());
    }

    private void skip(int index, Position position, String description, String why) {
        invalid.add(index);
        skipped.putIfAbsent(index, position + ": " + description + ": " + why);
    }

    private void problem(Position position, String field, String message) {
        problems.add(new Problem(position, field, message));
    }

    private void node(int index, ImportRecord.Node node) {
        Position at = node.position();
        Optional<LabelDefinition> found = model.label(node.label()).filter(LabelDefinition::curated);
        if (found.isEmpty()) {
            problem(at, "label", "unknown label '" + node.label() + "'; imports hold " + String.join(", ",
                    model.labels().values().stream().filter(LabelDefinition::curated).map(LabelDefinition::name)
                            .toList()));
            return;
        }
        LabelDefinition label = found.get();
        String id = node.id();
        if (id == null || id.isBlank()) {
            problem(at, "id", "missing id");
            return;
        }
        if (!label.idPattern().matcher(id).matches()) {
            problem(at, "id", "'" + id + "' does not match " + label.name() + " ids ("
                    + label.idPattern().pattern() + ")");
        }
        Declared previous = declared.putIfAbsent(id, new Declared(label.name(), index, at));
        if (previous != null) {
            problem(at, "id", "duplicate id '" + id + "': already stated at " + previous.position());
            return;
        }
        labels.put(id, label.name());
        if (index == 0 && label.name().equals(GraphModel.SOURCE_LABEL)) {
            ownSource = id;
        }
        convert(at, label.name() + " '" + id + "'", label.properties(), node.properties(), true);
        if (label.evidenceRequired()) {
            evidence(index, at, describe(node), node.evidence());
        }
    }

    private void link(int index, ImportRecord.Link link) {
        Position at = link.position();
        RelationshipDefinition type = model.relationships().get(link.type());
        if (type == null) {
            problem(at, "type", "unknown relationship type '" + link.type() + "'; the model has "
                    + String.join(", ", model.relationships().keySet()));
            return;
        }
        String fromField = reader.referenceField(link, true);
        String toField = reader.referenceField(link, false);
        boolean ends = true;
        if (link.fromId() == null || link.fromId().isBlank()) {
            problem(at, fromField, "missing id");
            ends = false;
        }
        if (link.toId() == null || link.toId().isBlank()) {
            problem(at, toField, "missing id");
            ends = false;
        }
        convert(at, type.name(), type.properties(), link.properties(), false);
        evidence(index, at, describe(link), link.evidence());
        if (ends) {
            if (!linkKeys.add(List.of(link.type(), link.fromId(), link.toId()))) {
                problem(at, toField, "duplicate relationship " + describe(link) + " in this import");
                return;
            }
            links.add(new LinkCheck(index, at, link.type(), link.fromId(), link.toId(), fromField, toField,
                    describe(link)));
        }
    }

    private void convert(Position at, String what, Map<String, PropertyDefinition> definitions,
            Map<String, Object> properties, boolean node) {
        Map<String, Object> converted = new LinkedHashMap<>();
        properties.forEach((key, raw) -> {
            if (node && key.equals("note")) {
                return;
            }
            PropertyDefinition definition = definitions.get(key);
            if (definition == null) {
                problem(at, key, "unknown field for " + what + "; known: "
                        + String.join(", ", definitions.keySet()));
                return;
            }
            values.convert(definition, raw, converted).ifPresent(message -> problem(at, key, message));
        });
        definitions.values().stream().filter(d -> d.required() && !properties.containsKey(d.name()))
                .forEach(d -> problem(at, d.name(), "required for " + what));
    }

    private void evidence(int index, Position at, String description, List<ImportRecord.Evidence> evidence) {
        if (evidence == null || evidence.isEmpty()) {
            problem(at, "quote", description + " has no evidence: give a source and a quote that states it");
            return;
        }
        for (ImportRecord.Evidence item : evidence) {
            boolean ok = true;
            if (item.source() == null || item.source().isBlank()) {
                problem(at, "source", "missing source");
                ok = false;
            }
            if (item.quote() == null || item.quote().isBlank()) {
                problem(at, "quote", "empty quote");
                ok = false;
            } else if (item.quote().strip().length() > MAX_QUOTE_LENGTH) {
                problem(at, "quote", "quote of " + item.quote().strip().length()
                        + " characters; keep quotes under " + MAX_QUOTE_LENGTH);
            }
            if (ok) {
                citations.add(new Citation(index, at, item.source(), item.quote().strip(), description));
            }
        }
    }

    /** After the pass: what the import names but does not state must be in the graph. */
    void resolve() {
        Set<String> unknown = new HashSet<>();
        citations.stream().map(Citation::source).filter(id -> !declared.containsKey(id)).forEach(unknown::add);
        links.forEach(link -> {
            if (!declared.containsKey(link.from())) {
                unknown.add(link.from());
            }
            if (!declared.containsKey(link.to())) {
                unknown.add(link.to());
            }
        });
        Map<String, String> sourceFiles = new HashMap<>();
        Map<String, String> graphLabels = new HashMap<>();
        // The import's own ids too: an id names one node, whatever its label.
        Set<String> ids = new HashSet<>(unknown);
        ids.addAll(declared.keySet());
        known.lookUp(ids, graphLabels, sourceFiles);
        graphLabels.forEach((id, label) -> {
            Declared node = declared.get(id);
            if (node == null) {
                labels.put(id, label);
            } else if (!node.label().equals(label)) {
                problem(node.position(), "id", "'" + id + "' is a " + label + " in the graph, not a "
                        + node.label());
                skip(node.index(), node.position(), node.label() + " " + id, "id taken by a " + label);
            }
        });
        sourceFiles.keySet().removeAll(declared.keySet());
        Map<String, Optional<String>> sourceTexts = new HashMap<>();
        for (Citation citation : citations) {
            String label = labels.get(citation.source());
            if (label == null) {
                problem(citation.position(), "source", "unknown source '" + citation.source()
                        + "': neither this import nor the graph has it");
                skip(citation.index(), citation.position(), citation.description(), "unknown source");
            } else if (!label.equals(GraphModel.SOURCE_LABEL)) {
                problem(citation.position(), "source", "'" + citation.source() + "' is a " + label
                        + ", not a Source");
                skip(citation.index(), citation.position(), citation.description(), "source is no Source");
            } else if (sourceFiles.containsKey(citation.source())) {
                Optional<String> text = sourceTexts.computeIfAbsent(sourceFiles.get(citation.source()),
                        this::sourceText);
                if (text.isPresent() && !text.get().contains(PropertyValues.normalise(citation.quote()))) {
                    problem(citation.position(), "quote", "quote not found in source '" + citation.source()
                            + "': \"" + citation.quote() + "\"");
                    skip(citation.index(), citation.position(), citation.description(), "quote not found");
                }
            }
        }
        // Records citing a source the import states but skips go too.
        for (Citation citation : citations) {
            Declared source = declared.get(citation.source());
            if (source != null && invalid.contains(source.index())) {
                skip(citation.index(), citation.position(), citation.description(), "cites skipped source '"
                        + citation.source() + "'");
            }
        }
        for (LinkCheck link : links) {
            String fromLabel = end(link, link.from(), link.fromField());
            String toLabel = end(link, link.to(), link.toField());
            if (fromLabel != null && toLabel != null
                    && !allowedLinks.contains(List.of(link.type(), fromLabel, toLabel))) {
                problem(link.position(), link.toField(), "the model has no " + link.type() + " from a "
                        + fromLabel + " to a " + toLabel + " (" + link.description() + ")");
                skip(link.index(), link.position(), link.description(), "not allowed by the model");
            }
        }
        citations.stream().filter(c -> !invalid.contains(c.index())).map(Citation::source)
                .forEach(citedSources::add);
    }

    private String end(LinkCheck link, String id, String field) {
        Declared node = declared.get(id);
        if (node != null && invalid.contains(node.index())) {
            skip(link.index(), link.position(), link.description(), "refers to skipped record '" + id + "'");
            return null;
        }
        String label = labels.get(id);
        if (label == null) {
            problem(link.position(), field, "unknown reference '" + id
                    + "': neither this import nor the graph has a node with this id");
            skip(link.index(), link.position(), link.description(), "unknown reference '" + id + "'");
        }
        return label;
    }


    private Optional<String> sourceText(String file) {
        Resource resource = resources.getResource(SOURCES_FOLDER + file);
        if (!resource.exists()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PropertyValues.normalise(resource.getContentAsString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a pass over the input for nodes (or relationships) would find any to write: else it is skipped. */
    boolean writesNodes() {
        return declared.values().stream().anyMatch(node -> !invalid.contains(node.index())
                && (node.index() != 0 || citedSources.contains(ownSource) || ownSource == null));
    }

    boolean writesLinks() {
        return links.stream().anyMatch(link -> !invalid.contains(link.index()));
    }

    boolean writes(int index, ImportRecord record) {
        if (invalid.contains(index)) {
            return false;
        }
        return index != 0 || !(record instanceof ImportRecord.Node node) || !node.id().equals(ownSource)
                || citedSources.contains(ownSource);
    }

    /**
     * The record's evidence as an import stores it: parallel {@code sources} and {@code quotes} lists, quotes
     * stripped, each (source, quote) pair once.
     */
    static void putEvidence(List<ImportRecord.Evidence> evidence, Map<String, Object> into) {
        Set<List<String>> pairs = new LinkedHashSet<>();
        evidence.forEach(item -> pairs.add(List.of(item.source(), item.quote().strip())));
        into.put("sources", pairs.stream().map(pair -> pair.get(0)).toList());
        into.put("quotes", pairs.stream().map(pair -> pair.get(1)).toList());
    }

    static String describe(ImportRecord record) {
        if (record instanceof ImportRecord.Node node) {
            return node.label() + " " + node.id();
        }
        ImportRecord.Link link = (ImportRecord.Link) record;
        return "(" + link.fromId() + ")-[:" + link.type() + "]->(" + link.toId() + ")";
    }
}
