package org.wbcyber.graph.cooperation;

import java.util.List;

/**
 * A cooperation network as graph JSON: actors as nodes, cooperating pairs as undirected edges with their weight
 * and the ids of at most ten of the contexts they share (the weight counts them all). The shape most JavaScript
 * libraries read directly (d3-force, Cytoscape.js, vis-network, sigma/graphology).
 */
public record Network(String focus, int hops, boolean truncated, List<Node> nodes, List<Edge> edges) {

    /** {@code hop}: the distance from the focus (0 for the focus itself or the country's, theme's actors). */
    public record Node(String id, String label, String name, String acronym, String kind, String country, int hop) {
    }

    public record Edge(String id, String source, String target, long weight, List<String> contexts) {
    }
}
