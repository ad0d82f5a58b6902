package org.wbcyber.graph.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code benchmark} without a part: every part in one run, on the same data, so that the figures sit side by side —
 * ingest at each scale (leaving the largest scale's bulk-loaded database), launch to ready and memory for the
 * curated graph (fresh store) and for that database (restart), then query latency against the application
 * started on that database.
 */
final class AllBenchmarks implements Benchmark {

    private static final Map<String, String> DEFAULTS = Map.of("--scales", "1,10", "--dir", "target/benchmark",
            "--runs", "3", "--seconds", "10", "--clients", "1,8,32", "--page-cache", "1GB", "--heap", "768m");

    private final Map<String, Benchmark> parts = new TreeMap<>();

    AllBenchmarks(List<Benchmark> parts) {
        parts.forEach(part -> this.parts.put(part.name(), part));
    }

    @Override
    public String name() {
        return "all";
    }

    @Override
    public String usage() {
        return """
                all [--scales=1,10] [--dir=target/benchmark] [--runs=3] [--seconds=10] [--clients=1,8,32]
                    [--page-cache=1GB] [--heap=768m]   (the default when no part is named)
                    ingest at every scale, startup for the curated graph and for the largest scale, then queries
                    against the application on the largest scale's database; page-cache and heap (-Xmx) for
                    the application on that database""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Map<String, String> options = new TreeMap<>(DEFAULTS);
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (equals < 0 || !DEFAULTS.containsKey(arg.substring(0, equals))) {
                err.println("benchmark does not take " + arg + ".");
                err.print(usage().indent(2));
                return 2;
            }
            options.put(arg.substring(0, equals), arg.substring(equals + 1));
        }
        // What an operator gives a server of this size: without -Xmx the JVM may take a quarter of the machine.
        List<String> largeJvm = List.of("-Dwbcg.embedded.page-cache=" + options.get("--page-cache"),
                "-Xmx" + options.get("--heap"));
        List<String> scales = List.of(options.get("--scales").split(","));
        String largest = scales.stream().max((a, b) -> Double.compare(Double.parseDouble(a), Double.parseDouble(b)))
                .map(scale -> IngestBenchmark.scaleName(Double.parseDouble(scale))).orElseThrow();
        Path dir = Path.of(options.get("--dir"));
        Path database = dir.resolve("db-sf" + largest + "-bulk");

        int code = part("ingest", List.of("--scales=" + options.get("--scales"), "--dir=" + dir,
                "--page-cache=" + options.get("--page-cache")), out, err);
        if (code == 0) {
            out.println("\n== Launch to ready, curated graph only (a fresh store each run)");
            code = part("startup", List.of("--runs=" + options.get("--runs")), out, err);
        }
        if (code == 0) {
            out.println("\n== Launch to ready, SF " + largest + " (restarts on " + database + ")");
            code = part("startup", List.of("--runs=" + options.get("--runs"), "--data-dir=" + database,
                    "--jvm-args=" + String.join(" ", largeJvm)), out, err);
        }
        if (code == 0 && parts.containsKey("queries")) {
            out.println("\n== Query latency, SF " + largest);
            code = queries(database, largeJvm, options, out, err);
        }
        return code;
    }

    private int queries(Path database, List<String> jvmArgs, Map<String, String> options, PrintStream out,
            PrintStream err) {
        try {
            Path log = Files.createTempFile("wb-cyber-graph-benchmark-", ".log");
            try (AppProcess app = AppProcess.start(database, jvmArgs, List.of(), log)) {
                app.awaitReady(Duration.ofMinutes(10));
                long ready = app.residentBytes();
                List<String> args = new ArrayList<>(List.of("--api=" + app.apiUri(), "--bolt=" + app.boltUri(),
                        "--clients=" + options.get("--clients"), "--seconds=" + options.get("--seconds")));
                int code = part("queries", args, out, err);
                out.printf(Locale.ROOT, "%nResident memory of the application (%s): %,d MiB when ready, %,d MiB "
                        + "after the query runs%n", String.join(" ", jvmArgs), ready >> 20, app.residentBytes() >> 20);
                return code;
            }
        } catch (IOException | IllegalStateException failure) {
            err.println("The application for the query benchmark did not start: " + failure.getMessage());
            return 1;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private int part(String name, List<String> args, PrintStream out, PrintStream err) {
        out.println("\n== benchmark " + name + " " + String.join(" ", args));
        return parts.get(name).run(args, out, err);
    }
}
