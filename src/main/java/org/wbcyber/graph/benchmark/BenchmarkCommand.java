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
        this.parts = List.of(new IngestBenchmark(), new QueryBenchmark());
    }

    public String usage() {
        StringBuilder text = new StringBuilder("  benchmark [part] [options]   measure; parts:\n");
        parts.forEach(part -> text.append(part.usage().indent(4)));
        return text.toString();
    }

    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).startsWith("--")) {
            for (Benchmark part : parts) {
                int code = part.run(args, out, err);
                if (code != 0) {
                    return code;
                }
            }
            return 0;
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
