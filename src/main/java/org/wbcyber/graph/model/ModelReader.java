package org.wbcyber.graph.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;

/**
 * Reads cypher/model.yaml. The model is the developers' file, so a mistake in it is a bug: every one found is
 * reported at once, with its line, in an {@link IllegalStateException}.
 */
public final class ModelReader {

    public static final String MODEL_FILE = "model.yaml";

    private static final Pattern DEFAULT_ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final Pattern PROPERTY_NAME = Pattern.compile("^[a-z][A-Za-z0-9]*$");
    private static final Pattern LABEL_NAME = Pattern.compile("^[A-Z][A-Za-z]*$");
    private static final Pattern TYPE_NAME = Pattern.compile("^[A-Z][A-Z_]*$");
    private static final Pattern COLOR = Pattern.compile("^#[0-9a-fA-F]{6}$");
    private static final int MIN_SIZE = 10;
    private static final int MAX_SIZE = 150;

    private final List<String> problems = new ArrayList<>();

    private ModelReader() {
    }

    public static GraphModel read(Resource model) {
        try {
            return read(model.getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the model " + model.getDescription(), e);
        }
    }

    public static GraphModel read(String content) {
        return new ModelReader().parse(YamlNode.parse(MODEL_FILE, content));
    }

    private GraphModel parse(YamlNode root) {
        Map<String, Vocabulary> vocabularies = new LinkedHashMap<>();
        section(root, "vocabularies").ifPresent(node -> node.entries().forEach(
                entry -> vocabularies.put(entry.getKey().text(), vocabulary(entry.getKey().text(), entry.getValue()))));
        Map<String, RelationshipDefinition> relationships = new LinkedHashMap<>();
        section(root, "relationships").ifPresent(node -> node.entries().forEach(entry -> {
            String name = entry.getKey().text();
            check(TYPE_NAME.matcher(name).matches(), entry.getKey(), "relationship type " + name + " is not UPPER_SNAKE");
            YamlNode definition = entry.getValue();
            relationships.put(name, new RelationshipDefinition(name, string(definition, "description"),
                    properties(definition, vocabularies)));
        }));
        Map<String, LabelDefinition> labels = new LinkedHashMap<>();
        section(root, "labels").ifPresent(node -> node.entries().forEach(entry -> {
            String name = entry.getKey().text();
            check(LABEL_NAME.matcher(name).matches(), entry.getKey(), "label " + name + " is not CamelCase");
            labels.put(name, label(name, entry.getValue(), vocabularies, relationships));
        }));
        labels.values().forEach(label -> label.relations().values().forEach(field -> field.other().forEach(
                other -> check(labels.containsKey(other), root,
                        label.name() + "." + field.name() + " names unknown label " + other))));
        check(labels.containsKey(GraphModel.SOURCE_LABEL), root, "the model needs a Source label");
        check(labels.containsKey(GraphModel.THEME_LABEL) && vocabularies.containsKey(GraphModel.THEME_VOCABULARY),
                root, "the model needs a Theme label and a theme vocabulary");
        if (!problems.isEmpty()) {
            throw new IllegalStateException("cypher/model.yaml is inconsistent:\n  " + String.join("\n  ", problems));
        }
        Cooperation cooperation = cooperation(root, labels, relationships);
        Style style = style(root, labels, relationships);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("cypher/model.yaml is inconsistent:\n  " + String.join("\n  ", problems));
        }
        return new GraphModel(labels, relationships, vocabularies, cooperation, style);
    }

    /** Every label has a style, and a style names only labels, types and properties the model declares. */
    private Style style(YamlNode root, Map<String, LabelDefinition> labels,
            Map<String, RelationshipDefinition> relationships) {
        java.util.Optional<YamlNode> section = section(root, "style");
        if (section.isEmpty()) {
            return new Style(Map.of(), Map.of());
        }
        YamlNode node = section.get();
        Map<String, Style.LabelStyle> styles = new LinkedHashMap<>();
        node.get("labels").filter(YamlNode::isMapping).ifPresentOrElse(map -> map.entries().forEach(entry -> {
            String name = entry.getKey().text();
            YamlNode spec = entry.getValue();
            LabelDefinition label = labels.get(name);
            if (label == null) {
                check(false, entry.getKey(), "style.labels: unknown label " + name);
                return;
            }
            String color = string(spec, "color");
            check(color != null && COLOR.matcher(color).matches(), spec,
                    "style.labels." + name + ": color must be #rrggbb, found " + color);
            Integer size = integer(spec, "size");
            check(size != null && size >= MIN_SIZE && size <= MAX_SIZE, spec, "style.labels." + name
                    + ": size must be a whole number of pixels from " + MIN_SIZE + " to " + MAX_SIZE);
            String caption = string(spec, "caption");
            check(caption != null && (caption.equals(Style.ID) || label.properties().containsKey(caption)), spec,
                    "style.labels." + name + ": caption must be id or a property of " + name + ", found " + caption);
            styles.put(name, new Style.LabelStyle(color, size == null ? 0 : size, caption));
        }), () -> check(false, node, "style needs labels"));
        labels.keySet().stream().filter(name -> !styles.containsKey(name))
                .forEach(name -> check(false, node, "style.labels: no style for label " + name));
        Map<String, String> captions = new LinkedHashMap<>();
        node.get("relationships").filter(YamlNode::isMapping).ifPresent(map -> map.entries().forEach(entry -> {
            String type = entry.getKey().text();
            String caption = string(entry.getValue(), "caption");
            RelationshipDefinition definition = relationships.get(type);
            if (definition == null) {
                check(false, entry.getKey(), "style.relationships: unknown relationship type " + type);
            } else if (caption == null || !definition.properties().containsKey(caption)) {
                check(false, entry.getValue(), "style.relationships." + type + ": caption must be a property of "
                        + type + ", found " + caption);
            } else {
                captions.put(type, caption);
            }
        }));
        return new Style(styles, captions);
    }

    private Cooperation cooperation(YamlNode root, Map<String, LabelDefinition> labels,
            Map<String, RelationshipDefinition> relationships) {
        YamlNode node = section(root, "cooperation").orElse(root);
        List<String> contexts = strings(node, "contexts");
        contexts.forEach(label -> check(labels.containsKey(label), node, "cooperation.contexts: unknown label " + label));
        Map<String, String> roles = new LinkedHashMap<>();
        node.get("roles").filter(YamlNode::isMapping).ifPresent(map -> map.entries().forEach(
                entry -> roles.put(entry.getKey().text(), entry.getValue().text())));
        List<String> links = strings(node, "links");
        String direct = string(node, "direct");
        java.util.stream.Stream.concat(java.util.stream.Stream.concat(roles.keySet().stream(), links.stream()),
                java.util.stream.Stream.ofNullable(direct)).forEach(type -> check(relationships.containsKey(type),
                        node, "cooperation: unknown relationship type " + type));
        check(!roles.isEmpty() && !contexts.isEmpty() && direct != null, node,
                "cooperation needs contexts, roles and direct");
        return new Cooperation(contexts, roles, links, direct);
    }

    private static List<String> strings(YamlNode node, String key) {
        return node.get(key).filter(YamlNode::isSequence)
                .map(list -> list.items().stream().map(YamlNode::text).toList()).orElse(List.of());
    }

    private java.util.Optional<YamlNode> section(YamlNode root, String name) {
        java.util.Optional<YamlNode> section = root.get(name);
        check(section.isPresent() && section.get().isMapping(), root, "missing section '" + name + "'");
        return section.filter(YamlNode::isMapping);
    }

    private Vocabulary vocabulary(String name, YamlNode node) {
        Map<String, Term> terms = new LinkedHashMap<>();
        for (var entry : node.entries()) {
            String id = entry.getKey().text();
            YamlNode value = entry.getValue();
            if (value.isMapping()) {
                terms.put(id, new Term(id, string(value, "name"), string(value, "description")));
            } else {
                terms.put(id, new Term(id, id, value.isScalar() ? value.text() : null));
            }
        }
        return new Vocabulary(name, terms);
    }

    private LabelDefinition label(String name, YamlNode node, Map<String, Vocabulary> vocabularies,
            Map<String, RelationshipDefinition> relationships) {
        String idPattern = string(node, "idPattern");
        List<String> extraLabels = node.get("extraLabels").filter(YamlNode::isSequence)
                .map(list -> list.items().stream().map(YamlNode::text).toList()).orElse(List.of());
        Map<String, RelationField> relations = new LinkedHashMap<>();
        node.get("relations").filter(YamlNode::isMapping).ifPresent(fields -> fields.entries().forEach(entry -> {
            String field = entry.getKey().text();
            YamlNode spec = entry.getValue();
            String type = string(spec, "type");
            check(relationships.containsKey(type), spec, name + "." + field + ": unknown relationship type " + type);
            String direction = java.util.Optional.ofNullable(string(spec, "direction")).orElse("out");
            check(direction.equals("out") || direction.equals("in"), spec, name + "." + field + ": direction is in or out");
            List<String> other = spec.get("other").filter(YamlNode::isSequence)
                    .map(list -> list.items().stream().map(YamlNode::text).toList()).orElse(List.of());
            check(!other.isEmpty(), spec, name + "." + field + ": 'other' lists no label");
            String max = string(spec, "max");
            relations.put(field, new RelationField(field, type, direction.equals("out"), other,
                    max == null ? null : Integer.valueOf(max)));
        }));
        return new LabelDefinition(name, string(node, "description"),
                idPattern == null ? DEFAULT_ID : Pattern.compile(idPattern), extraLabels,
                bool(node, "searchable", false), bool(node, "evidence", true), bool(node, "curated", true),
                properties(node, vocabularies), relations);
    }

    private Map<String, PropertyDefinition> properties(YamlNode owner, Map<String, Vocabulary> vocabularies) {
        Map<String, PropertyDefinition> properties = new LinkedHashMap<>();
        owner.get("properties").filter(YamlNode::isMapping).ifPresent(node -> node.entries().forEach(entry -> {
            String name = entry.getKey().text();
            YamlNode spec = entry.getValue();
            check(PROPERTY_NAME.matcher(name).matches(), entry.getKey(), "property " + name + " is not camelCase");
            PropertyType type;
            try {
                type = PropertyType.of(string(spec, "type"));
            } catch (RuntimeException e) {
                check(false, spec, "property " + name + ": unknown type " + string(spec, "type"));
                return;
            }
            String vocabulary = string(spec, "vocabulary");
            check(type != PropertyType.TERM || vocabularies.containsKey(vocabulary), spec,
                    "property " + name + ": unknown vocabulary " + vocabulary);
            properties.put(name, new PropertyDefinition(name, type, vocabulary, bool(spec, "required", false),
                    bool(spec, "indexed", false), string(spec, "description")));
        }));
        return properties;
    }

    private static String string(YamlNode node, String key) {
        return node.get(key).filter(YamlNode::isScalar).map(YamlNode::text).orElse(null);
    }

    private static Integer integer(YamlNode node, String key) {
        String text = string(node, key);
        try {
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean bool(YamlNode node, String key, boolean otherwise) {
        return node.get(key).filter(YamlNode::isScalar).map(value -> Boolean.parseBoolean(value.text()))
                .orElse(otherwise);
    }

    private void check(boolean condition, YamlNode where, String problem) {
        if (!condition) {
            problems.add(where.position() + ": " + problem);
        }
    }
}
