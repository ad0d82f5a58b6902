package org.wbcyber.graph.model;

import java.util.Map;

/**
 * How Neo4j Browser draws the graph, declared in the {@code style} section of cypher/model.yaml: every label's
 * colour, size and caption, and the relationship types that show a property rather than their type.
 */
public record Style(Map<String, LabelStyle> labels, Map<String, String> relationshipCaptions) {

    /** The property a node shows when it has no other caption: every node has an id. */
    public static final String ID = "id";

    /**
     * @param color {@code #rrggbb}
     * @param size the node's diameter in pixels
     * @param caption the property shown on the node
     */
    public record LabelStyle(String color, int size, String caption) {
    }
}
