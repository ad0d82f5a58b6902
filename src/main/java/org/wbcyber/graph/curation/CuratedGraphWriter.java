package org.wbcyber.graph.curation;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
    /**
     * Each statement here runs once per load: generating bytecode for its expressions (the default once they are
     * evaluated a few times) costs more than it saves, most of all in a JVM that has just started.
     */
    private static final String ONCE = "CYPHER runtime=slotted expressionEngine=interpreted ";
    private static final Pattern IDENTIFIER = Pattern.compile("^[A-Za-z][A-Za-z_]*$");

    private final Driver driver;
    private final GraphModel model;
    private final Set<String> curatedLabels;

    public CuratedGraphWriter(Driver driver, GraphModel model) {
        this.driver = driver;
        this.model = model;
        this.curatedLabels = model.labels().values().stream().filter(LabelDefinition::curated)
                .map(LabelDefinition::name).collect(Collectors.toUnmodifiableSet());
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
        // One statement for all labels and one for all types rather than one per label and type: at startup
        // every distinct statement is a cold Cypher compilation, and these two scans cost less than that.
        Map<String, Existing> nodes = new HashMap<>();
        tx.run(ONCE + "MATCH (n) WHERE n.dataset = $dataset "
                + "RETURN elementId(n) AS element, labels(n) AS labels, n.id AS id, properties(n) AS properties",
                Map.of("dataset", CuratedDataReader.DATASET)).forEachRemaining(r -> {
                    Existing existing = new Existing(r.get("element").asString(), r.get("properties").asMap());
                    for (Object label : r.get("labels").asList()) {
                        if (curatedLabels.contains(label)) {
                            nodes.put(label + "\u0000" + r.get("id").asString(), existing);
                        }
                    }
                });
        Map<List<String>, Existing> relationships = new HashMap<>();
        tx.run(ONCE + "MATCH (a)-[r]->(b) WHERE r.dataset = $dataset RETURN type(r) AS type, elementId(r) AS element, "
                + "a.id AS from, b.id AS to, properties(r) AS properties",
                Map.of("dataset", CuratedDataReader.DATASET)).forEachRemaining(r -> {
                    String type = r.get("type").asString();
                    if (model.relationships().containsKey(type)) {
                        relationships.put(List.of(type, r.get("from").asString(""), r.get("to").asString("")),
                                new Existing(r.get("element").asString(), r.get("properties").asMap()));
                    }
                });
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
        if (!plan.staleRelationships().isEmpty()) {
            tx.run(ONCE + "UNWIND $elements AS element MATCH ()-[r]->() WHERE elementId(r) = element DELETE r",
                    Map.of("elements", plan.staleRelationships())).consume();
        }
        if (!plan.staleNodes().isEmpty()) {
            tx.run(ONCE + "UNWIND $elements AS element MATCH (n) WHERE elementId(n) = element DETACH DELETE n",
                    Map.of("elements", plan.staleNodes())).consume();
        }

        // Nodes are merged on (label, id), which only a static label lets Neo4j 5.26 look up in the id index:
        // one statement per label. Relationships then join the nodes by element id, so that one statement does
        // for all of them, whatever their types and the labels at their ends.
        Map<String, String> elements = new HashMap<>();
        Map<String, List<NodeRow>> byLabel = graph.nodes().stream()
                .collect(Collectors.groupingBy(NodeRow::label, LinkedHashMap::new, Collectors.toList()));
        byLabel.forEach((label, rows) -> {
            String setExtraLabels = model.requireLabel(label).extraLabels().stream()
                    .map(extra -> " SET n:" + quote(extra)).collect(Collectors.joining());
            tx.run(ONCE + "UNWIND $rows AS row MERGE (n:" + quote(label) + " {id: row.id}) SET n = row.properties"
                    + setExtraLabels + " RETURN row.id AS id, elementId(n) AS element", Map.of("rows", rows.stream()
                    .map(row -> Map.of("id", row.id(), "properties", row.properties())).toList()))
                    .forEachRemaining(r -> elements.put(label + "\u0000" + r.get("id").asString(),
                            r.get("element").asString()));
        });

        // Its type is a parameter too, checked against the model like every identifier here: safe in a MERGE
        // whose ends are bound, where a dynamic type only filters the ends' relationships.
        graph.relationships().forEach(row -> quote(row.type()));
        tx.run(ONCE + "UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.from "
                + "MATCH (b) WHERE elementId(b) = row.to MERGE (a)-[r:$(row.type)]->(b) SET r = row.properties",
                Map.of("rows", graph.relationships().stream().map(row -> Map.of("type", row.type(),
                        "from", element(elements, row.fromLabel(), row.fromId()),
                        "to", element(elements, row.toLabel(), row.toId()), "properties", row.properties()))
                        .toList())).consume();

        tx.run(ONCE + "MERGE (d:Dataset {id: $id}) SET d.name = $name, d.inputHash = $hash, d.loadedAt = $at, "
                + "d.nodes = $nodes, d.relationships = $relationships", Map.of("id", CuratedDataReader.DATASET,
                "name", DATASET_NAME, "hash", graph.inputHash(),
                "at", OffsetDateTime.now(ZoneOffset.UTC).toString(), "nodes", graph.nodes().size(),
                "relationships", graph.relationships().size())).consume();
    }

    /** The reader checked that every relationship's ends are records of the same data, so both were merged. */
    private static String element(Map<String, String> elements, String label, String id) {
        String element = elements.get(label + "\u0000" + id);
        if (element == null) {
            throw new IllegalStateException("No " + label + " " + id + " was written for a relationship to join");
        }
        return element;
    }

    private static String quote(String identifier) {
        if (!IDENTIFIER.matcher(identifier).matches()) {
            throw new IllegalArgumentException("Not a model identifier: " + identifier);
        }
        return "`" + identifier + "`";
    }
}
