package org.wbcyber.graph.explore;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the read-only Cypher endpoint ({@code POST /api/cypher}). A request may ask for a smaller timeout or
 * row cap, never a larger one.
 *
 * @param timeout longest a query may run; Neo4j stops the transaction when it is exceeded
 * @param maxRows most rows returned; the answer says when there were more
 * @param maxQueryLength longest query text accepted, in characters
 * @param procedures the procedures a query may call (exact names); anything else, including every {@code dbms.*}
 *     procedure, is refused. Only reading procedures run even if listed: a query must still plan as read-only
 */
@ConfigurationProperties("wbcg.cypher")
public record CypherProperties(
        @DefaultValue("5s") Duration timeout,
        @DefaultValue("1000") int maxRows,
        @DefaultValue("10000") int maxQueryLength,
        @DefaultValue({"db.labels", "db.relationshipTypes", "db.propertyKeys", "db.schema.visualization",
                "db.schema.nodeTypeProperties", "db.schema.relTypeProperties", "db.index.fulltext.queryNodes",
                "db.index.fulltext.queryRelationships"}) List<String> procedures) {
}
