package org.wbcyber.graph.benchmark;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.wbcyber.graph.api.Items;
import org.wbcyber.graph.api.Paging;
import org.wbcyber.graph.cooperation.NetworkView;
import org.wbcyber.graph.cooperation.PathSearch;
import org.wbcyber.graph.query.GraphQueries;
import org.wbcyber.graph.search.SearchQuery;

/**
 * What the benchmark asks, drawn from the graph itself with a fixed seed: uniformly random synthetic organisations
 * that have a cooperation context (partners, the ends of paths), synthetic donors (funding), two words of a real
 * synthetic name (search), and the busiest organisation of all, the hub of the Zipf-skewed participation.
 * Each endpoint gives the API request and the same Cypher (its cypher/queries file, same parameters) for the Driver.
 */
final class QueryWorkload {

    /** An endpoint: the request path for the API, and what the Driver runs for the same draw. */
    record Endpoint(String name, String note, Function<SplittableRandom, Draw> draw) {
    }

    /** {@code viaDriver}: the queries the API runs for {@code path}, run through the benchmark's own Driver. */
    record Draw(String path, Runnable viaDriver) {
    }

    /** One Cypher statement: a cypher/queries file name and its parameters. */
    record Statement(String query, Map<String, Object> parameters) {
    }

    private static final String CONTEXT_TYPES = "FUNDS|IMPLEMENTS|ORGANISED|PARTICIPATES_IN";

    private final List<String> actors;
    private final List<String> donors;
    private final List<String> searches;
    private final String hub;
    private final long hubRelations;
    private final GraphQueries queries;
    private final PathSearch paths;
    private final NetworkView network;

    QueryWorkload(List<String> actors, List<String> donors, List<String> searches, String hub, long hubRelations,
            GraphQueries queries, PathSearch paths, NetworkView network) {
        if (actors.size() < 2 || donors.isEmpty() || searches.isEmpty()) {
            throw new IllegalStateException("The graph has no synthetic data to draw from (" + actors.size()
                    + " organisations with contexts, " + donors.size() + " donors): import it first "
                    + "(docs/benchmarks.md, 'Synthetic data').");
        }
        this.actors = actors;
        this.donors = donors;
        this.searches = searches;
        this.hub = hub;
        this.hubRelations = hubRelations;
        this.queries = queries;
        this.paths = paths;
        this.network = network;
    }

    static QueryWorkload pick(Driver driver, GraphQueries queries, PathSearch paths, NetworkView network, long seed,
            int searchCount) {
        List<String> actors = ids(driver, """
                MATCH (a:Organisation) WHERE a.id STARTS WITH 'syn-org-'
                  AND EXISTS { (a)-[:%s]-(:Project|Event) }
                RETURN a.id AS id ORDER BY id""".formatted(CONTEXT_TYPES));
        List<String> donors = ids(driver, """
                MATCH (a:Organisation) WHERE a.id STARTS WITH 'syn-org-' AND EXISTS { (a)-[:FUNDS]->(:Project) }
                RETURN a.id AS id ORDER BY id""");
        List<Record> hub = driver.executableQuery("""
                MATCH (a:Organisation) WHERE a.id STARTS WITH 'syn-org-'
                WITH a, COUNT { (a)-[:%s]-(:Project|Event) } AS relations
                ORDER BY relations DESC, a.id LIMIT 1
                RETURN a.id AS id, relations""".formatted(CONTEXT_TYPES)).execute().records();
        List<String> names = ids(driver, """
                MATCH (n) WHERE (n:Organisation OR n:Project OR n:Event) AND n.id STARTS WITH 'syn-'
                RETURN n.name AS id ORDER BY n.id""");
        SplittableRandom random = new SplittableRandom(seed);
        List<String> searches = new ArrayList<>();
        for (int i = 0; i < searchCount && !names.isEmpty(); i++) {
            searches.add(twoWords(names.get(random.nextInt(names.size())), random));
        }
        return new QueryWorkload(actors, donors, searches, hub.isEmpty() ? null : hub.get(0).get("id").asString(),
                hub.isEmpty() ? 0 : hub.get(0).get("relations").asLong(), queries, paths, network);
    }

    /** Two neighbouring words of a name, as someone types part of it: "Synthetic forum", "agency 17". */
    static String twoWords(String name, SplittableRandom random) {
        String[] words = name.trim().split("\\s+");
        if (words.length <= 2) {
            return String.join(" ", words);
        }
        int first = random.nextInt(words.length - 1);
        return words[first] + " " + words[first + 1];
    }

    private static List<String> ids(Driver driver, String cypher) {
        return driver.executableQuery(cypher).execute().records().stream().map(r -> r.get("id").asString()).toList();
    }

    String describe() {
        return "%,d synthetic organisations with contexts, %,d donors, %,d search phrases; hub %s (%,d project/event relations)"
                .formatted(actors.size(), donors.size(), searches.size(), hub, hubRelations);
    }

    List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("partners", "GET /api/actors/{id}/partners, a random synthetic organisation",
                        random -> partners(pick(actors, random))),
                new Endpoint("hub", "the same for the hub " + hub + " (" + hubRelations + " relations)",
                        random -> partners(hub)),
                new Endpoint("path", "GET /api/paths?from=&to=, a random pair", random -> {
                    String from = pick(actors, random);
                    String to = pick(actors, random);
                    while (to.equals(from)) {
                        to = pick(actors, random);
                    }
                    String start = from;
                    String end = to;
                    return new Draw("/api/paths?from=" + encode(start) + "&to=" + encode(end),
                            () -> paths.shortest(start, end, 6, 10));
                }),
                new Endpoint("funding", "GET /api/funding/donors/{id}, a random synthetic donor", random -> {
                    String donor = pick(donors, random);
                    return statements("/api/funding/donors/" + encode(donor),
                            List.of(new Statement("funding-donor", Map.of("id", donor, "items", Items.DEFAULT))));
                }),
                new Endpoint("network", "GET /api/network?actor=&hops=1, a random synthetic organisation (at most "
                        + NetworkView.DEFAULT_NODES + " nodes)", random -> {
                    String actor = pick(actors, random);
                    return new Draw("/api/network?actor=" + encode(actor) + "&hops=1",
                            () -> network.around(actor, List.of(actor), 1, NetworkView.DEFAULT_NODES));
                }),
                new Endpoint("coverage", "GET /api/coverage (region WB): the matrix", random -> coverage("/api/coverage")),
                new Endpoint("coverage.csv", "GET /api/coverage/matrix.csv", random -> coverage("/api/coverage/matrix.csv")),
                new Endpoint("search", "GET /api/search?q=, two words of a random synthetic name", random -> {
                    String q = pick(searches, random);
                    return statements("/api/search?q=" + encode(q),
                            List.of(new Statement("search", SearchQuery.parameters(q, null, Paging.of(0, 20)))));
                }));
    }

    private Draw partners(String id) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", id);
        parameters.put("from", null);
        parameters.put("to", null);
        parameters.put("kinds", null);
        parameters.put("skip", 0L);
        parameters.put("limit", 25L);
        parameters.put("evidence", 10L);
        return statements("/api/actors/" + encode(id) + "/partners", List.of(new Statement("partners", parameters)));
    }

    private Draw statements(String path, List<Statement> statements) {
        return new Draw(path, () -> statements.forEach(s -> queries.read(s.query(), s.parameters())));
    }

    /** The matrix is built from region-countries and coverage-rows. */
    private Draw coverage(String path) {
        return statements(path, List.of(new Statement("region-countries", Map.of("region", "WB")),
                new Statement("coverage-rows", Map.of("region", "WB"))));
    }

    private static String pick(List<String> from, SplittableRandom random) {
        return from.get(random.nextInt(from.size()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
