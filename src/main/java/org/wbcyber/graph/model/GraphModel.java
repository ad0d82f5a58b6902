package org.wbcyber.graph.model;

import java.util.Map;
import java.util.Optional;

/**
 * The model declared in cypher/model.yaml: labels, relationship types and vocabularies, in declared order, how
 * cooperation is derived, and how Neo4j Browser draws it.
 */
public record GraphModel(Map<String, LabelDefinition> labels, Map<String, RelationshipDefinition> relationships,
        Map<String, Vocabulary> vocabularies, Cooperation cooperation, Style style) {

    public static final String THEME_LABEL = "Theme";
    public static final String THEME_VOCABULARY = "theme";
    public static final String SOURCE_LABEL = "Source";

    public Optional<LabelDefinition> label(String name) {
        return Optional.ofNullable(labels.get(name));
    }

    public LabelDefinition requireLabel(String name) {
        return label(name).orElseThrow(() -> new IllegalArgumentException("The model has no label " + name));
    }

    public Vocabulary vocabulary(String name) {
        return vocabularies.get(name);
    }

    public Vocabulary themes() {
        return vocabularies.get(THEME_VOCABULARY);
    }
}
