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

/** Brokers and communities of the whole cooperation network (cooperation-pairs.cypher with no focus). */
@Service
class StructureService {

    private final GraphQueries queries;

    StructureService(GraphQueries queries) {
        this.queries = queries;
    }

    Structure.Brokers brokers(int limit) {
        Parameters.between("limit", limit, 1, 200);
        Snapshot network = snapshot();
        List<Structure.Broker> brokers = network.result().actors().stream()
                .sorted(Comparator.comparingDouble(NetworkMeasures.Measures::betweenness).reversed()
                        .thenComparing(Comparator.comparingInt(NetworkMeasures.Measures::degree).reversed())
                        .thenComparing(NetworkMeasures.Measures::id))
                .limit(limit)
                .map(m -> new Structure.Broker(network.actors().get(m.id()), round(m.betweenness()), m.degree(),
                        m.weightedDegree(), m.community()))
                .toList();
        return new Structure.Brokers(network.result().actors().size(), network.pairs(), brokers);
    }

    Structure.Communities communities(int minSize) {
        Parameters.between("minSize", minSize, 1, 1000);
        Snapshot network = snapshot();
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
        return new Structure.Communities(network.result().actors().size(), network.pairs(),
                round(network.result().modularity()), communities);
    }

    private record Pair(String source, String target, long weight, List<String> contexts) {
    }

    private record Snapshot(List<Pair> list, int pairs, Map<String, Structure.Actor> actors, NetworkMeasures.Result result) {
    }

    private Snapshot snapshot() {
        Map<String, Object> all = new HashMap<>();
        all.put("ids", null);
        List<Pair> pairs = queries.read("cooperation-pairs", all).stream()
                .map(StructureService::pair).filter(p -> p.source().compareTo(p.target()) < 0).toList();
        NetworkMeasures.Result result = new NetworkMeasures(pairs.stream()
                .map(p -> new NetworkMeasures.Edge(p.source(), p.target(), p.weight())).toList()).compute();
        List<String> ids = result.actors().stream().map(NetworkMeasures.Measures::id).toList();
        Map<String, Structure.Actor> actors = queries.column("actors", Map.of("ids", ids), Structure.Actor.class).stream()
                .collect(Collectors.toMap(Structure.Actor::id, Function.identity()));
        return new Snapshot(pairs, pairs.size(), actors, result);
    }

    private static Pair pair(Record r) {
        return new Pair(r.get("source").asString(), r.get("target").asString(), r.get("weight").asLong(),
                r.get("contexts").asList(v -> v.asString()));
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
