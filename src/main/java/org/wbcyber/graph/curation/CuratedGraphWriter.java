package org.wbcyber.graph.curation;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;
import org.wbcyber.graph.model.GraphModel;
import org.wbcyber.graph.model.LabelDefinition;

/**
 * Writes a {@link CuratedGraph} to Neo4j in one transaction: all of it or nothing. Records are merged by id and
 * their properties replaced, relationships merged by (start, type, end); curated nodes and relationships that
 * are no longer in the data are removed. Loading the same data twice changes nothing.
 *
 * <p>Labels and relationship types cannot be Cypher parameters, so the statements name them; they come from the
 * model file, never from a request, and are checked against {@link #IDENTIFIER} before use.
 */
@Component
public class CuratedGraphWriter {

    static final String DATASET_LABEL = "Dataset";
    static final String DATASET_NAME = "Curated data (cypher/data)";
    private static final Pattern IDENTIFIER = Pattern.compile("^[A-Za-z][A-Za-z_]*$");

    private final Driver driver;
    private final GraphModel model;

    public CuratedGraphWriter(Driver driver, GraphModel model) {
        this.driver = driver;
        this.model = model;
    }

    /** The input hash of the curated data the database holds, if any. */
    public Optional<String> loadedInputHash() {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run("MATCH (d:Dataset {id: $id}) RETURN d.inputHash AS hash",
                    Map.of("id", CuratedDataReader.DATASET)).list().stream()
                    .map(r -> r.get("hash")).filter(v -> !v.isNull()).map(v -> v.asString()).findFirst());
        }
    }

    public LoadReport write(CuratedGraph graph, boolean dryRun) {
        try (Session session = driver.session()) {
            if (dryRun) {
                return session.executeRead(tx -> plan(tx, graph).report(true));
            }
            return session.executeWrite(tx -> {
                Plan plan = plan(tx, graph);
                apply(tx, graph, plan);
                return plan.report(false);
            });
        }
    }

    private record Existing(String elementId, Map<String, Object> properties) {
    }

    private record Plan(CuratedGraph graph, LoadReport.Counts nodes, LoadReport.Counts relationships,
            List<String> staleNodes, List<String> staleRelationships) {

        LoadReport report(boolean dryRun) {
            return new LoadReport(dryRun, graph.inputHash(), nodes, relationships, graph.nodeCounts(),
                    graph.relationshipCounts());
        }
    }

    private Plan plan(TransactionContext tx, CuratedGraph graph) {
        Map<String, Existing> nodes = new HashMap<>();
        for (LabelDefinition label : curatedLabels()) {
            tx.run("MATCH (n:" + quote(label.name()) + ") WHERE n.dataset = $dataset "
                    + "RETURN elementId(n) AS element, n.id AS id, properties(n) AS properties",
                    Map.of("dataset", CuratedDataReader.DATASET)).forEachRemaining(r -> nodes.put(
                    label.name() + "\u0000" + r.get("id").asString(),
                    new Existing(r.get("element").asString(), r.get("properties").asMap())));
        }
        Map<List<String>, Existing> relationships = new HashMap<>();
        for (String type : model.relationships().keySet()) {
            tx.run("MATCH (a)-[r:" + quote(type) + "]->(b) WHERE r.dataset = $dataset "
                    + "RETURN elementId(r) AS element, a.id AS from, b.id AS to, properties(r) AS properties",
                    Map.of("dataset", CuratedDataReader.DATASET)).forEachRemaining(r -> relationships.put(
                    List.of(type, r.get("from").asString(""), r.get("to").asString("")),
                    new Existing(r.get("element").asString(), r.get("properties").asMap())));
        }
        long created = 0;
        long updated = 0;
        long unchanged = 0;
        for (NodeRow row : graph.nodes()) {
            Existing existing = nodes.remove(row.label() + "\u0000" + row.id());
            if (existing == null) {
                created++;
            } else if (Objects.equals(existing.properties(), row.properties())) {
                unchanged++;
            } else {
                updated++;
            }
        }
        LoadReport.Counts nodeCounts = new LoadReport.Counts(created, updated, unchanged, nodes.size());
        created = 0;
        updated = 0;
        unchanged = 0;
        for (RelationshipRow row : graph.relationships()) {
            Existing existing = relationships.remove(List.of(row.type(), row.fromId(), row.toId()));
            if (existing == null) {
                created++;
            } else if (Objects.equals(existing.properties(), row.properties())) {
                unchanged++;
            } else {
                updated++;
            }
        }
        LoadReport.Counts relationshipCounts = new LoadReport.Counts(created, updated, unchanged,
                relationships.size());
        return new Plan(graph, nodeCounts, relationshipCounts,
                nodes.values().stream().map(Existing::elementId).toList(),
                relationships.values().stream().map(Existing::elementId).toList());
    }

    private void apply(TransactionContext tx, CuratedGraph graph, Plan plan) {
        tx.run("UNWIND $elements AS element MATCH ()-[r]->() WHERE elementId(r) = element DELETE r",
                Map.of("elements", plan.staleRelationships())).consume();
        tx.run("UNWIND $elements AS element MATCH (n) WHERE elementId(n) = element DETACH DELETE n",
                Map.of("elements", plan.staleNodes())).consume();

        Map<String, List<NodeRow>> byLabel = graph.nodes().stream()
                .collect(Collectors.groupingBy(NodeRow::label, LinkedHashMap::new, Collectors.toList()));
        byLabel.forEach((label, rows) -> {
            String setExtraLabels = model.requireLabel(label).extraLabels().stream()
                    .map(extra -> " SET n:" + quote(extra)).collect(Collectors.joining());
            tx.run("UNWIND $rows AS row MERGE (n:" + quote(label) + " {id: row.id}) SET n = row.properties"
                    + setExtraLabels, Map.of("rows", rows.stream()
                    .map(row -> Map.of("id", row.id(), "properties", row.properties())).toList())).consume();
        });

        Map<List<String>, List<RelationshipRow>> byEnds = graph.relationships().stream().collect(Collectors
                .groupingBy(row -> List.of(row.type(), row.fromLabel(), row.toLabel()), LinkedHashMap::new,
                        Collectors.toList()));
        byEnds.forEach((key, rows) -> tx.run("UNWIND $rows AS row MATCH (a:" + quote(key.get(1))
                + " {id: row.from}) MATCH (b:" + quote(key.get(2)) + " {id: row.to}) MERGE (a)-[r:"
                + quote(key.get(0)) + "]->(b) SET r = row.properties", Map.of("rows", rows.stream()
                .map(row -> Map.of("from", row.fromId(), "to", row.toId(), "properties", row.properties()))
                .toList())).consume());

        tx.run("MERGE (d:Dataset {id: $id}) SET d.name = $name, d.inputHash = $hash, d.loadedAt = $at, "
                + "d.nodes = $nodes, d.relationships = $relationships", Map.of("id", CuratedDataReader.DATASET,
                "name", DATASET_NAME, "hash", graph.inputHash(),
                "at", OffsetDateTime.now(ZoneOffset.UTC).toString(), "nodes", graph.nodes().size(),
                "relationships", graph.relationships().size())).consume();
    }

    private List<LabelDefinition> curatedLabels() {
        return model.labels().values().stream().filter(LabelDefinition::curated).toList();
    }

    private static String quote(String identifier) {
        if (!IDENTIFIER.matcher(identifier).matches()) {
            throw new IllegalArgumentException("Not a model identifier: " + identifier);
        }
        return "`" + identifier + "`";
    }
}
