package org.wbcyber.graph.cooperation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.neo4j.driver.Record;
import org.springframework.stereotype.Service;
import org.wbcyber.graph.api.BadParameterException;
import org.wbcyber.graph.api.NotFoundException;
import org.wbcyber.graph.api.Page;
import org.wbcyber.graph.api.Paging;
import org.wbcyber.graph.api.Parameters;
import org.wbcyber.graph.model.GraphModel;
import org.wbcyber.graph.query.GraphQueries;

/** Who cooperates with whom, derived at query time by the rules of cypher/model.yaml's {@code cooperation}. */
@Service
class CooperationService {

    static final int MAX_PATH_HOPS = 8;
    static final int MAX_NETWORK_HOPS = 3;
    static final int MAX_NETWORK_NODES = 2000;
    static final int MAX_EVIDENCE = 100;

    private final GraphQueries queries;
    private final PathSearch paths;
    private final Set<String> kinds = new TreeSet<>();
    private final Set<String> themes;

    CooperationService(GraphQueries queries, PathSearch paths, GraphModel model) {
        this.queries = queries;
        this.paths = paths;
        kinds.addAll(model.vocabulary("organisationKind").terms().keySet());
        model.labels().values().stream().filter(label -> label.extraLabels().contains("Actor"))
                .filter(label -> !label.name().equals("Organisation"))
                .forEach(label -> kinds.add(label.name().toLowerCase()));
        themes = model.themes().terms().keySet();
    }

    Page<Partners.Partner> partners(String id, String from, String to, List<String> kind, int evidence,
            Paging paging) {
        Map<String, Object> parameters = new HashMap<>(paging.parameters());
        parameters.put("evidence", Parameters.between("evidence", evidence, 1, MAX_EVIDENCE));
        parameters.put("id", id);
        parameters.put("from", Parameters.date("from", from));
        parameters.put("to", Parameters.date("to", to));
        parameters.put("kinds", Parameters.allOf("kind", kind, kinds));
        List<Record> rows = queries.read("partners", parameters);
        if (rows.isEmpty()) {
            throw new NotFoundException("actor", id);
        }
        Record row = rows.get(0);
        List<Partners.Partner> partners = row.get("partners")
                .asList(value -> queries.bind(value.asObject(), Partners.Partner.class));
        return new Page<>(partners, paging.page(), paging.size(), row.get("total").asLong());
    }

    List<CooperationPath> paths(String from, String to, int maxHops, int limit) {
        Parameters.between("maxHops", maxHops, 1, MAX_PATH_HOPS);
        Parameters.between("limit", limit, 1, 50);
        if (from.equals(to)) {
            throw new BadParameterException("to", "is the same actor as 'from'; a path needs two actors.");
        }
        return paths.shortest(from, to, maxHops, limit);
    }

    /**
     * The network around an actor, a country's actors or a theme's actors: expanded hop by hop through partners,
     * then every cooperating pair among the nodes found (cooperation-among.cypher). Stops adding nodes at
     * {@code limit} and says so.
     */
    Network network(String actor, String country, String theme, int hops, int limit) {
        Parameters.between("hops", hops, 0, MAX_NETWORK_HOPS);
        Parameters.between("limit", limit, 1, MAX_NETWORK_NODES);
        int given = (actor == null ? 0 : 1) + (country == null ? 0 : 1) + (theme == null ? 0 : 1);
        if (given != 1) {
            throw new BadParameterException("actor", "— give exactly one of actor, country or theme.");
        }
        List<String> seeds;
        String focus;
        if (actor != null) {
            requireActor(actor);
            seeds = List.of(actor);
            focus = actor;
        } else if (country != null) {
            if (queries.read("country-exists", Map.of("country", country)).isEmpty()) {
                throw new NotFoundException("country", country);
            }
            seeds = queries.column("network-seeds-country", Map.of("country", country), String.class);
            focus = country;
        } else {
            Parameters.oneOf("theme", theme, themes);
            seeds = queries.column("network-seeds-theme", Map.of("theme", theme), String.class);
            focus = theme;
        }
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
                .sorted(java.util.Comparator.comparingInt(Network.Node::hop).thenComparing(Network.Node::id))
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

    private void requireActor(String id) {
        if (queries.read("actors", Map.of("ids", List.of(id))).isEmpty()) {
            throw new NotFoundException("actor", id);
        }
    }

    private record ActorRow(String id, String label, String name, String acronym, String kind, String country) {
    }

    Set<String> kinds() {
        return new LinkedHashSet<>(kinds);
    }
}
