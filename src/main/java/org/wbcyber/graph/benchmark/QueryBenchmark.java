package org.wbcyber.graph.benchmark;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.wbcyber.graph.cooperation.NetworkView;
import org.wbcyber.graph.cooperation.PathSearch;
import org.wbcyber.graph.query.GraphQueries;
import org.wbcyber.graph.query.QueryProperties;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code benchmark queries}: the API's latency and throughput under 1, 8 and 32 concurrent clients against a
 * running application, and the same Cypher through the raw Neo4j Driver at the same concurrency, so that the
 * HTTP/Driver ratio shows what the application adds (HTTP, the services, JSON). Each cell is a closed loop of
 * {@code --seconds}; every latency is kept ({@link Latencies}, {@link LoadRunner}).
 */
final class QueryBenchmark implements Benchmark {

    private static final int SEARCH_PHRASES = 2000;

    @Override
    public String name() {
        return "queries";
    }

    @Override
    public String usage() {
        return """
                queries [--api=http://127.0.0.1:8080] [--bolt=bolt://127.0.0.1:7687] [--user=neo4j] [--password=…]
                        [--clients=1,8,32] [--seconds=10] [--warmup=5] [--requests=N] [--timeout=30] [--seed=42]
                        [--only=partners,hub,path,funding,network,coverage,coverage.csv,search]
                  against a running application holding synthetic data (loopback only): p50/p95/p99, requests/s
                  and errors per endpoint and number of clients, through HTTP and through the raw Driver
                  (the endpoint's cypher/queries file, the same parameters), with the HTTP/Driver ratio; each
                  cell after a discarded Driver pass over the same draws, so that both sides read warm data
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        QueryOptions options;
        try {
            options = QueryOptions.parse(args);
        } catch (IllegalArgumentException bad) {
            err.println("benchmark queries: " + bad.getMessage());
            err.print(usage());
            return 2;
        }
        options.ignored().forEach(arg -> err.println("benchmark queries: ignoring " + arg + " (not a queries option)"));
        Config config = Config.builder().withMaxConnectionPoolSize(Math.max(100, options.maxClients() * 2))
                .withConnectionAcquisitionTimeout(options.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .withConnectionTimeout(10, TimeUnit.SECONDS).build();
        // One client, HTTP/1.1 with keep-alive: its pool holds a connection per concurrent client
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        try (Driver driver = GraphDatabase.driver(options.bolt(),
                AuthTokens.basic(options.user(), options.password()), config)) {
            driver.verifyConnectivity();
            QueryProperties limits = new QueryProperties(options.timeout(), 0, 0);
            GraphQueries queries = new GraphQueries(driver, JsonMapper.builder().build(), limits);
            QueryWorkload workload = QueryWorkload.pick(driver, queries, new PathSearch(queries, limits),
                    new NetworkView(queries, limits), options.seed(), SEARCH_PHRASES);
            var counts = driver.executableQuery("""
                    CALL () { MATCH (n) RETURN count(n) AS nodes }
                    CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
                    RETURN nodes, relationships""").execute().records().get(0);
            out.printf(Locale.ROOT, "benchmark queries, %s: API %s, Bolt %s; graph of %,d nodes, %,d relationships;%n"
                    + "  %s;%n  %d cores, Java %s; %s s per cell after %s s warm-up, seed %d%n",
                    Instant.now(), options.api(), options.bolt(), counts.get("nodes").asLong(),
                    counts.get("relationships").asLong(), workload.describe(),
                    Runtime.getRuntime().availableProcessors(), Runtime.version(), seconds(options.seconds()),
                    seconds(options.warmup()), options.seed());
            out.println();
            out.println("| endpoint | clients | via | requests | errors | p50 ms | p95 ms | p99 ms | max ms | req/s "
                    + "| HTTP/Driver p50 | HTTP/Driver p95 |");
            out.println("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            LoadRunner runner = new LoadRunner(options.timeout().plusSeconds(5));
            boolean clean = true;
            for (QueryWorkload.Endpoint endpoint : workload.endpoints()) {
                if (!options.only().contains(endpoint.name())) {
                    continue;
                }
                LoadRunner.Request viaHttp = (client, random) -> get(http, options, endpoint.draw().apply(random).path());
                LoadRunner.Request viaDriver = (client, random) -> endpoint.draw().apply(random).viaDriver().run();
                if (!options.warmup().isZero()) {
                    runner.run(options.maxClients(), options.warmup(), Long.MAX_VALUE, options.seed() + 1, viaHttp);
                    runner.run(options.maxClients(), options.warmup(), Long.MAX_VALUE, options.seed() + 1, viaDriver);
                }
                for (int clients : options.clients()) {
                    // Both sides draw the same actors for a cell; the side measured first would read them from
                    // disk and the other from the page cache. A discarded Driver pass over the same draws first
                    // (the faster side: it draws at least what HTTP will) measures both sides warm.
                    runner.run(clients, options.seconds(), options.maxRequests(), options.seed(), viaDriver);
                    LoadRunner.Result h = runner.run(clients, options.seconds(), options.maxRequests(), options.seed(),
                            viaHttp);
                    LoadRunner.Result d = runner.run(clients, options.seconds(), options.maxRequests(), options.seed(),
                            viaDriver);
                    out.println(row(endpoint.name(), "HTTP", h, d));
                    out.println(row(endpoint.name(), "Driver", d, null));
                    for (LoadRunner.Result result : List.of(h, d)) {
                        if (result.errors() > 0 || result.unfinished() > 0) {
                            clean = false;
                            err.printf("%s, %d clients: %d errors, %d unfinished; first: %s%n", endpoint.name(),
                                    clients, result.errors(), result.unfinished(), result.firstError());
                        }
                    }
                }
            }
            out.println();
            out.println("Endpoints: ");
            workload.endpoints().stream().filter(e -> options.only().contains(e.name()))
                    .forEach(e -> out.println("  " + e.name() + ": " + e.note()));
            return clean ? 0 : 1;
        } catch (RuntimeException failure) {
            err.println("benchmark queries failed: " + failure);
            return 1;
        }
    }

    private static void get(HttpClient http, QueryOptions options, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(options.api() + path)).timeout(options.timeout())
                .header("Accept", path.endsWith(".csv") ? "text/csv" : "application/json").GET().build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " for " + path + ": "
                    + new String(response.body(), 0, Math.min(200, response.body().length),
                            java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static String row(String endpoint, String via, LoadRunner.Result r, LoadRunner.Result driver) {
        Latencies l = r.latencies();
        String ratios = driver == null ? "| | |"
                : "| " + ratio(l.percentile(50), driver.latencies().percentile(50)) + " | "
                        + ratio(l.percentile(95), driver.latencies().percentile(95)) + " |";
        return String.format(Locale.ROOT, "| %s | %d | %s | %,d | %d | %s | %s | %s | %s | %,.0f %s", endpoint,
                r.clients(), via, l.count() + r.errors(), r.errors() + r.unfinished(),
                Latencies.millis(l.percentile(50)), Latencies.millis(l.percentile(95)),
                Latencies.millis(l.percentile(99)), Latencies.millis(l.max()), r.perSecond(), ratios);
    }

    private static String ratio(long http, long driver) {
        return driver == 0 ? "–" : String.format(Locale.ROOT, "%.2f×", (double) http / driver);
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.3g", duration.toMillis() / 1000.0);
    }
}
