package org.wbcyber.graph.benchmark;

import java.io.PrintStream;
import java.util.List;

/**
 * {@code benchmark [part] [options]}: figures a skeptical engineer can reproduce (docs/benchmarks.md). Not a test:
 * it times things, so it runs on demand, on a quiet machine, and prints what it measured.
 */
public final class BenchmarkCommand {

    public static final String NAME = "benchmark";

    private final List<Benchmark> parts;

    public BenchmarkCommand() {
        List<Benchmark> measured = List.of(new IngestBenchmark(), new StartupBenchmark(), new QueryBenchmark());
        this.parts = java.util.stream.Stream.concat(measured.stream(), java.util.stream.Stream.of(
                new AllBenchmarks(measured))).toList();
    }

    public String usage() {
        StringBuilder text = new StringBuilder("  benchmark [part] [options]   measure; parts:\n");
        parts.forEach(part -> text.append(part.usage().indent(4)));
        return text.toString();
    }

    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).startsWith("--")) {
            return run(java.util.stream.Stream.concat(java.util.stream.Stream.of("all"), args.stream()).toList(), out,
                    err);
        }
        return parts.stream().filter(part -> part.name().equals(args.get(0))).findFirst()
                .map(part -> part.run(args.subList(1, args.size()), out, err))
                .orElseGet(() -> {
                    err.println("Unknown benchmark part '" + args.get(0) + "'.");
                    err.print(usage());
                    return 2;
                });
    }
}
