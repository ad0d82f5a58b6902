package org.wbcyber.graph.cooperation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.neo4j.driver.Record;
import org.springframework.stereotype.Service;
import org.wbcyber.graph.api.Parameters;
import org.wbcyber.graph.query.GraphQueries;

/**
 * Brokers and communities of the whole cooperation network (cooperation-pairs.cypher with no focus), or of the
 * network view around an actor, a country or a theme: the whole network grows with the work recorded (≈ 12 million
 * pairs at scale factor 10), a focused one is bounded by its number of nodes.
 */
@Service
class StructureService {

    /** The network measured: the whole network when no actor, country or theme is given. */
    record Focus(String actor, String country, String theme, int hops, int nodes) {

        boolean whole() {
            return actor == null && country == null && theme == null;
        }
    }

    private final GraphQueries queries;
    private final CooperationService cooperation;

    StructureService(GraphQueries queries, CooperationService cooperation) {
        this.queries = queries;
        this.cooperation = cooperation;
    }

    Structure.Brokers brokers(int limit, Focus focus) {
        Parameters.between("limit", limit, 1, 200);
        Snapshot network = snapshot(focus);
        List<Structure.Broker> brokers = network.result().actors().stream()
                .sorted(Comparator.comparingDouble(NetworkMeasures.Measures::betweenness).reversed()
                        .thenComparing(Comparator.comparingInt(NetworkMeasures.Measures::degree).reversed())
                        .thenComparing(NetworkMeasures.Measures::id))
                .limit(limit)
                .map(m -> new Structure.Broker(network.actors().get(m.id()), round(m.betweenness()), m.degree(),
                        m.weightedDegree(), m.community()))
                .toList();
        return new Structure.Brokers(network.focus(), network.truncated(), network.result().actors().size(),
                network.pairs(), brokers);
    }

    Structure.Communities communities(int minSize, Focus focus) {
        Parameters.between("minSize", minSize, 1, 1000);
        Snapshot network = snapshot(focus);
        Map<Integer, List<NetworkMeasures.Measures>> byCommunity = network.result().actors().stream()
                .collect(Collectors.groupingBy(NetworkMeasures.Measures::community, LinkedHashMap::new, Collectors.toList()));
        Map<String, Integer> communityOf = network.result().actors().stream()
                .collect(Collectors.toMap(NetworkMeasures.Measures::id, NetworkMeasures.Measures::community));
        Map<Integer, Map<String, Integer>> contextCounts = new HashMap<>();
        for (Pair pair : network.list()) {
            int community = communityOf.get(pair.source());
            if (community == communityOf.get(pair.target())) {
                pair.contexts().forEach(c -> contextCounts.computeIfAbsent(community, k -> new HashMap<>()).merge(c, 1, Integer::sum));
            }
        }
        List<Structure.Community> communities = new ArrayList<>();
        byCommunity.forEach((id, members) -> {
            if (members.size() >= minSize) {
                List<Structure.Actor> actors = members.stream()
                        .sorted(Comparator.comparingInt(NetworkMeasures.Measures::degree).reversed()
                                .thenComparing(NetworkMeasures.Measures::id))
                        .map(m -> network.actors().get(m.id())).toList();
                List<String> contexts = contextCounts.getOrDefault(id, Map.of()).entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                        .limit(5).map(Map.Entry::getKey).toList();
                communities.add(new Structure.Community(id, members.size(), actors, contexts));
            }
        });
        communities.sort(Comparator.comparingInt(Structure.Community::size).reversed()
                .thenComparingInt(Structure.Community::id));
        return new Structure.Communities(network.focus(), network.truncated(), network.result().actors().size(),
                network.pairs(), round(network.result().modularity()), communities);
    }

    private record Pair(String source, String target, long weight, List<String> contexts) {
    }

    private record Snapshot(String focus, boolean truncated, List<Pair> list, int pairs,
            Map<String, Structure.Actor> actors, NetworkMeasures.Result result) {
    }

    private Snapshot snapshot(Focus focus) {
        Parameters.between("hops", focus.hops(), 0, CooperationService.MAX_NETWORK_HOPS);
        Parameters.between("nodes", focus.nodes(), 1, CooperationService.MAX_NETWORK_NODES);
        if (!focus.whole()) {
            Network network = cooperation.network(focus.actor(), focus.country(), focus.theme(), focus.hops(),
                    focus.nodes());
            List<Pair> pairs = network.edges().stream()
                    .map(e -> new Pair(e.source(), e.target(), e.weight(), e.contexts())).toList();
            Map<String, Structure.Actor> actors = network.nodes().stream()
                    .map(n -> new Structure.Actor(n.id(), n.label(), n.name(), n.acronym(), n.kind(), n.country()))
                    .collect(Collectors.toMap(Structure.Actor::id, Function.identity()));
            return new Snapshot(network.focus(), network.truncated(), pairs, pairs.size(), actors, measure(pairs));
        }
        Map<String, Object> all = new HashMap<>();
        all.put("ids", null);
        List<Pair> pairs = queries.read("cooperation-pairs", all).stream()
                .map(StructureService::pair).filter(p -> p.source().compareTo(p.target()) < 0).toList();
        NetworkMeasures.Result result = measure(pairs);
        List<String> ids = result.actors().stream().map(NetworkMeasures.Measures::id).toList();
        Map<String, Structure.Actor> actors = queries.column("actors", Map.of("ids", ids), Structure.Actor.class).stream()
                .collect(Collectors.toMap(Structure.Actor::id, Function.identity()));
        return new Snapshot(null, false, pairs, pairs.size(), actors, result);
    }

    private static NetworkMeasures.Result measure(List<Pair> pairs) {
        return new NetworkMeasures(pairs.stream()
                .map(p -> new NetworkMeasures.Edge(p.source(), p.target(), p.weight())).toList()).compute();
    }

    private static Pair pair(Record r) {
        return new Pair(r.get("source").asString(), r.get("target").asString(), r.get("weight").asLong(),
                r.get("contexts").asList(v -> v.asString()));
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
