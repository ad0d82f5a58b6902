package org.wbcyber.graph.benchmark;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The options of {@code benchmark queries}, defaulting to the application's own address and login. */
record QueryOptions(URI api, URI bolt, String user, String password, List<Integer> clients, Duration seconds,
        Duration warmup, long maxRequests, Duration timeout, long seed, List<String> only, List<String> ignored) {

    static final List<String> ENDPOINTS = List.of("partners", "hub", "path", "funding", "network", "coverage",
            "coverage.csv", "search");

    static QueryOptions parse(List<String> args) {
        URI api = URI.create("http://127.0.0.1:8080");
        URI bolt = URI.create("bolt://127.0.0.1:7687");
        String user = "neo4j";
        String password = "wb-cyber-graph-local";
        List<Integer> clients = List.of(1, 8, 32);
        Duration seconds = Duration.ofSeconds(10);
        Duration warmup = Duration.ofSeconds(5);
        long maxRequests = Long.MAX_VALUE;
        Duration timeout = Duration.ofSeconds(30);
        long seed = 42;
        List<String> only = ENDPOINTS;
        List<String> ignored = new ArrayList<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("options are --name=value, not " + arg);
            }
            String value = arg.substring(eq + 1);
            switch (arg.substring(2, eq)) {
                case "api" -> api = URI.create(value);
                case "bolt" -> bolt = URI.create(value);
                case "user" -> user = value;
                case "password" -> password = value;
                case "clients" -> clients = Arrays.stream(value.split(",")).map(String::trim).map(Integer::valueOf)
                        .toList();
                case "seconds" -> seconds = Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
                case "warmup" -> warmup = Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
                case "requests" -> maxRequests = Long.parseLong(value);
                case "timeout" -> timeout = Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
                case "seed" -> seed = Long.parseLong(value);
                case "only" -> only = Arrays.stream(value.split(",")).map(String::trim).toList();
                // benchmark without a part passes every part the same options: the others' are not ours
                default -> ignored.add(arg);
            }
        }
        if (clients.isEmpty() || clients.stream().anyMatch(c -> c < 1 || c > 512)) {
            throw new IllegalArgumentException("--clients must be numbers from 1 to 512: " + clients);
        }
        if (seconds.isZero() || seconds.isNegative() || warmup.isNegative() || timeout.isZero() || maxRequests < 1) {
            throw new IllegalArgumentException("--seconds, --timeout and --requests must be positive");
        }
        for (String endpoint : only) {
            if (!ENDPOINTS.contains(endpoint)) {
                throw new IllegalArgumentException("--only takes " + String.join(",", ENDPOINTS) + ", not " + endpoint);
            }
        }
        requireLoopback("--api", api);
        requireLoopback("--bolt", bolt);
        return new QueryOptions(api, bolt, user, password, clients, seconds, warmup, maxRequests, timeout, seed, only,
                List.copyOf(ignored));
    }

    int maxClients() {
        return clients.stream().mapToInt(Integer::intValue).max().orElse(1);
    }

    /** A load generator aimed at someone else's server is an attack: loopback only. */
    private static void requireLoopback(String option, URI uri) {
        String host = uri.getHost();
        boolean loopback;
        try {
            loopback = host != null && InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException unknown) {
            loopback = false;
        }
        if (!loopback) {
            throw new IllegalArgumentException(option + " must be a loopback address (127.0.0.1, localhost), not " + uri);
        }
    }
}
