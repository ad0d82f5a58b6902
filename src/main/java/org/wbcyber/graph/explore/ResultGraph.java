package org.wbcyber.graph.explore;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Entity;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Point;
import org.neo4j.driver.types.Relationship;

/**
 * Turns result values into JSON-friendly ones while collecting every node and relationship met on the way, each
 * once, in order of first appearance.
 */
final class ResultGraph {

    private final Map<String, CypherResult.Node> nodes = new LinkedHashMap<>();
    private final Map<String, CypherResult.Relationship> relationships = new LinkedHashMap<>();

    Object convert(Value value) {
        return convert(value.asObject());
    }

    private Object convert(Object value) {
        if (value instanceof Node node) {
            return node(node);
        }
        if (value instanceof Relationship relationship) {
            return relationship(relationship);
        }
        if (value instanceof Path path) {
            return new CypherResult.Path(
                    StreamSupport.stream(path.nodes().spliterator(), false).map(this::node).toList(),
                    StreamSupport.stream(path.relationships().spliterator(), false).map(this::relationship).toList());
        }
        if (value instanceof List<?> list) {
            return list.stream().map(this::convert).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> converted = new LinkedHashMap<>();
            map.forEach((key, item) -> converted.put(String.valueOf(key), convert(item)));
            return converted;
        }
        if (value instanceof Double number && !Double.isFinite(number)) {
            return number.toString(); // JSON has no NaN or infinities
        }
        if (value instanceof TemporalAccessor || value instanceof IsoDuration) {
            return value.toString(); // ISO-8601
        }
        if (value instanceof Point point) {
            return new CypherResult.Point(point.srid(), point.x(), point.y(), Double.isNaN(point.z()) ? null : point.z());
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        return value;
    }

    private CypherResult.Node node(Node node) {
        return nodes.computeIfAbsent(node.elementId(), id -> new CypherResult.Node(id,
                StreamSupport.stream(node.labels().spliterator(), false).sorted().toList(), properties(node)));
    }

    private CypherResult.Relationship relationship(Relationship relationship) {
        return relationships.computeIfAbsent(relationship.elementId(), id -> new CypherResult.Relationship(id,
                relationship.type(), relationship.startNodeElementId(), relationship.endNodeElementId(),
                properties(relationship)));
    }

    private Map<String, Object> properties(Entity entity) {
        Map<String, Object> properties = new TreeMap<>();
        entity.asMap().forEach((key, value) -> properties.put(key, convert(value)));
        return properties;
    }

    /** Adds nodes fetched afterwards (the missing ends of relationships). */
    void add(Collection<Node> more) {
        more.forEach(this::node);
    }

    /** Ends of collected relationships that are not among the collected nodes. */
    Set<String> missingEnds() {
        return relationships.values().stream()
                .flatMap(relationship -> List.of(relationship.start(), relationship.end()).stream())
                .filter(id -> !nodes.containsKey(id))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    CypherResult.Graph graph() {
        return new CypherResult.Graph(new ArrayList<>(nodes.values()), new ArrayList<>(relationships.values()));
    }
}
