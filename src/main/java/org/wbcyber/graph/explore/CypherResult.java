package org.wbcyber.graph.explore;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to a query: its rows as JSON values, and every node and relationship in them as a graph a
 * visualisation library can draw.
 */
record CypherResult(
        List<String> columns,
        @Schema(description = "One array per row, values in column order. Nodes, relationships and paths appear as "
                + "in graph; dates and times as ISO-8601 text; points as {srid, x, y[, z]}; bytes as Base64.")
        List<List<Object>> rows,
        @Schema(description = "True when the query had more rows than maxRows and the rest were left out.")
        boolean truncated,
        int rowCount,
        Graph graph) {

    @Schema(description = "Every node and relationship appearing in the rows (also inside paths, lists and maps), "
            + "each once; plus the end nodes of those relationships, so that every relationship can be drawn.")
    record Graph(List<Node> nodes, List<Relationship> relationships) {
    }

    @Schema(description = "A node; id is Neo4j's element id, valid within this answer.")
    record Node(String id, List<String> labels, Map<String, Object> properties) {
    }

    record Relationship(String id, String type, String start, String end, Map<String, Object> properties) {
    }

    record Path(List<Node> nodes, List<Relationship> relationships) {
    }

    record Point(int srid, double x, double y, Double z) {
    }
}
