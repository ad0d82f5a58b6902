package org.wbcyber.graph.cooperation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.wbcyber.graph.query.AnswerCache;
import org.wbcyber.graph.query.GraphChanges;
import org.wbcyber.graph.query.GraphQueries;
import org.wbcyber.graph.query.QueryProperties;

/**
 * The network view: from its seeds, partners added hop by hop (cooperation-neighbours.cypher), then every
 * cooperating pair among the nodes found. It stops adding nodes at the limit and says so. What the API draws at
 * {@code /api/network} and measures at {@code /api/brokers}, and what the query benchmark times through the Driver.
 *
 * <p>The pairs: with Zipf-skewed participation almost every network holds a few hubs, and reading their tens of
 * thousands of contexts for each request (cooperation-among.cypher) took a core-second per network at scale factor
 * 10. So where the graph's changes are seen, the pairs among the {@link #HUBS} actors with the most roles are kept
 * until the graph changes, and the pairs with another end are read from that end's own contexts
 * (cooperation-among-from.cypher). With a remote server nothing is kept, and every pair is read as before.
 */
@Component
public class NetworkView {

    /** Most nodes when the request does not say. */
    public static final int DEFAULT_NODES = 500;
    /** {@link #DEFAULT_NODES} as {@code @RequestParam(defaultValue)} needs it. */
    public static final String DEFAULT_NODES_TEXT = "" + DEFAULT_NODES;

    /** How many of the actors with the most roles have their pairs kept. */
    static final int HUBS = 100;

    private final GraphQueries queries;
    private final int hubCount;
    private final boolean keeps;
    private final AnswerCache<String, Hubs> hubs;

    @Autowired
    public NetworkView(GraphQueries queries, GraphChanges changes, QueryProperties limits) {
        this(queries, changes, limits, HUBS);
    }

    NetworkView(GraphQueries queries, GraphChanges changes, QueryProperties limits, int hubCount) {
        this.queries = queries;
        this.hubCount = hubCount;
        this.keeps = changes.version().isPresent() && limits.keptAnswers() > 0;
        this.hubs = new AnswerCache<>(changes, Math.min(1, limits.keptAnswers()));
    }

    /** The network of at most {@code limit} nodes within {@code hops} of {@code seeds}, actors the caller checked. */
    public Network around(String focus, List<String> seeds, int hops, int limit) {
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
        List<Network.Edge> edges = pairs(ids);
        List<Network.Node> nodes = queries.column("actors", Map.of("ids", ids), ActorRow.class).stream()
                .map(a -> new Network.Node(a.id(), a.label(), a.name(), a.acronym(), a.kind(), a.country(),
                        hopOf.get(a.id())))
                .sorted(Comparator.comparingInt(Network.Node::hop).thenComparing(Network.Node::id))
                .toList();
        return new Network(focus, hops, truncated, nodes, edges);
    }

    /** Every cooperating pair among {@code ids}, by source and target. */
    private List<Network.Edge> pairs(List<String> ids) {
        if (!keeps) {
            return edges(queries.read("cooperation-among", Map.of("ids", ids))).toList();
        }
        Hubs kept = hubs.get("hubs", this::hubs);
        Set<String> inNetwork = new HashSet<>(ids);
        List<String> others = ids.stream().filter(id -> !kept.ids().contains(id)).toList();
        Stream<Network.Edge> fromOthers = others.isEmpty() ? Stream.empty()
                : edges(queries.read("cooperation-among-from", Map.of("ids", ids, "from", others)));
        Stream<Network.Edge> amongHubs = kept.pairs().stream()
                .filter(e -> inNetwork.contains(e.source()) && inNetwork.contains(e.target()));
        return Stream.concat(fromOthers, amongHubs)
                .sorted(Comparator.comparing(Network.Edge::source).thenComparing(Network.Edge::target)).toList();
    }

    private Hubs hubs() {
        List<String> ids = queries.column("cooperation-hubs", Map.of("n", hubCount), String.class);
        return new Hubs(Set.copyOf(ids), edges(queries.read("cooperation-among", Map.of("ids", ids))).toList());
    }

    private static Stream<Network.Edge> edges(List<Record> rows) {
        return rows.stream().map(pair -> {
            String source = pair.get("source").asString();
            String target = pair.get("target").asString();
            return new Network.Edge(source + "--" + target, source, target, pair.get("weight").asLong(),
                    pair.get("contexts").asList(v -> v.asString()));
        });
    }

    /** The actors with the most roles, and every cooperating pair among them. */
    private record Hubs(Set<String> ids, List<Network.Edge> pairs) {
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
