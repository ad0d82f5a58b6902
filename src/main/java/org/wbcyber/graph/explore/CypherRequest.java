package org.wbcyber.graph.explore;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/** A query for {@code POST /api/cypher}. */
record CypherRequest(
        @Schema(description = "One read-only Cypher statement.", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "MATCH (c:Country {id: $id}) RETURN c.name AS name")
        String query,
        @Schema(description = "Values for the query's $parameters: text, numbers, booleans, null, lists, objects.",
                example = "{\"id\": \"RS\"}")
        Map<String, Object> parameters,
        @Schema(description = "Stop the query after this many milliseconds; at most the server's limit "
                + "(wbcg.cypher.timeout, 5 s by default), which is also the default.")
        Integer timeoutMs,
        @Schema(description = "Return at most this many rows; at most the server's limit (wbcg.cypher.max-rows, "
                + "1000 by default), which is also the default.")
        Integer maxRows) {
}
