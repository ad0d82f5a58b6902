package org.wbcyber.graph.curation;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The validated curated data, as the nodes and relationships the loader writes. {@code inputHash} identifies
 * the model and data files it was read from.
 */
public record CuratedGraph(List<NodeRow> nodes, List<RelationshipRow> relationships, String inputHash) {

    public Map<String, Long> nodeCounts() {
        return nodes.stream().collect(Collectors.groupingBy(NodeRow::label, TreeMap::new, Collectors.counting()));
    }

    public Map<String, Long> relationshipCounts() {
        return relationships.stream()
                .collect(Collectors.groupingBy(RelationshipRow::type, TreeMap::new, Collectors.counting()));
    }
}
