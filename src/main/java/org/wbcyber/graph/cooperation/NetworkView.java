package org.wbcyber.graph.cooperation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.wbcyber.graph.query.BusyException;
import org.wbcyber.graph.query.GraphQueries;
import org.wbcyber.graph.query.QueryProperties;
import org.wbcyber.graph.query.Turns;

/**
 * The network view: from its seeds, partners added hop by hop (cooperation-neighbours.cypher), then every
 * cooperating pair among the nodes found (cooperation-among.cypher). It stops adding nodes at the limit and says so.
 * What the API draws at {@code /api/network} and measures at {@code /api/brokers}, and what the query benchmark
 * times through the Driver. Built in {@link Turns turns}: at most {@code wbcg.query.networks-at-once} at a time.
 */
@Component
public class NetworkView {

    /** Most nodes when the request does not say. */
    public static final int DEFAULT_NODES = 500;
    /** {@link #DEFAULT_NODES} as {@code @RequestParam(defaultValue)} needs it. */
    public static final String DEFAULT_NODES_TEXT = "" + DEFAULT_NODES;

    private final GraphQueries queries;
    private final Turns turns;

    public NetworkView(GraphQueries queries, QueryProperties limits) {
        this.queries = queries;
        this.turns = new Turns("network views", "wbcg.query.networks-at-once", limits.networksAtOnceOrProcessors(),
                limits.timeout());
    }

    /**
     * The network of at most {@code limit} nodes within {@code hops} of {@code seeds}, actors the caller checked.
     *
     * @throws BusyException when no turn to build it comes within the time limit
     */
    public Network around(String focus, List<String> seeds, int hops, int limit) {
        try (Turns.Turn turn = turns.take()) {
            return build(focus, seeds, hops, limit);
        }
    }

    private Network build(String focus, List<String> seeds, int hops, int limit) {
        Map<String, Integer> hopOf = new LinkedHashMap<>();
        List<String> distinctSeeds = seeds.stream().distinct().toList();
        distinctSeeds.stream().limit(limit).forEach(seed -> hopOf.put(seed, 0));
        boolean truncated = distinctSeeds.size() > limit;
        List<String> frontier = new ArrayList<>(hopOf.keySet());
        for (int hop = 1; hop <= hops && !frontier.isEmpty() && !truncated; hop++) {
            List<String> next = new ArrayList<>();
            truncated = grow(frontier, hop, hopOf, next, limit);
            frontier = next;
        }
        List<String> ids = new ArrayList<>(hopOf.keySet());
        List<Network.Edge> edges = queries.read("cooperation-among", Map.of("ids", ids)).stream()
                .map(pair -> {
                    String source = pair.get("source").asString();
                    String target = pair.get("target").asString();
                    return new Network.Edge(source + "--" + target, source, target, pair.get("weight").asLong(),
                            pair.get("contexts").asList(v -> v.asString()));
                })
                .toList();
        List<Network.Node> nodes = queries.column("actors", Map.of("ids", ids), ActorRow.class).stream()
                .map(a -> new Network.Node(a.id(), a.label(), a.name(), a.acronym(), a.kind(), a.country(),
                        hopOf.get(a.id())))
                .sorted(Comparator.comparingInt(Network.Node::hop).thenComparing(Network.Node::id))
                .toList();
        return new Network(focus, hops, truncated, nodes, edges);
    }

    /**
     * Adds the partners of the frontier not yet in the network, at distance {@code hop}, to {@code hopOf} and
     * {@code next}: the frontier's actors in id order, each one's partners in id order, one actor at a time, so
     * that a hub's tens of thousands of partners are listed only when the network still has room for them.
     * Answers whether it stopped at the limit.
     */
    private boolean grow(List<String> frontier, int hop, Map<String, Integer> hopOf, List<String> next, int limit) {
        for (String source : frontier.stream().sorted().toList()) {
            for (String target : queries.column("cooperation-neighbours", Map.of("id", source), String.class)) {
                if (!hopOf.containsKey(target)) {
                    if (hopOf.size() == limit) {
                        return true;
                    }
                    hopOf.put(target, hop);
                    next.add(target);
                }
            }
        }
        return false;
    }

    private record ActorRow(String id, String label, String name, String acronym, String kind, String country) {
    }
}
