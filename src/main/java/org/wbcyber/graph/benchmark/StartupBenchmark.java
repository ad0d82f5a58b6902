package org.wbcyber.graph.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.wbcyber.graph.system.Directories;

/**
 * {@code benchmark startup}: time from launch to ready (search over the curated data answers, health UP, Neo4j
 * Browser served) and resident memory after settling, of the application started as a child process, N times;
 * prints every run and the medians. Each run starts on a fresh empty data directory (creating the store and
 * loading the curated data) unless {@code --data-dir} names an existing one: then every run is a restart on it.
 */
final class StartupBenchmark implements Benchmark {

    /** Lets the JVM finish what the first requests started (JIT, lazy caches) before its memory is read. */
    private static final Duration SETTLE = Duration.ofSeconds(2);

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public String usage() {
        return """
                startup [--runs=3] [--data-dir=<dir>] [--jvm-args="<flags>"] [--jar=<file>] [--timeout=300]
                      launch to ready and resident memory of the app as a child process (this jar or class
                      path, or --jar, e.g. an older build; free loopback ports), each run on a fresh empty
                      data directory or restarting on --data-dir; prints each run and the median""";
    }

    /** {@code classPath} null: this JVM's own jar or class path. */
    record Options(int runs, Path dataDir, List<String> jvmArgs, Duration timeout, String classPath) {
    }

    record Run(Duration toReady, Duration cpu, long residentBytes) {
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException bad) {
            err.println(bad.getMessage());
            err.print(usage().indent(2));
            return 2;
        }
        out.printf(Locale.ROOT, "startup: %s, %d run(s), %s, JVM args %s%n", options.classPath() != null
                ? options.classPath() : "this build", options.runs(),
                options.dataDir() == null ? "each on a fresh empty data directory"
                        : "restarting on " + options.dataDir(), options.jvmArgs().isEmpty() ? "(none)"
                        : String.join(" ", options.jvmArgs()));
        List<Run> runs = new ArrayList<>();
        for (int i = 1; i <= options.runs(); i++) {
            try {
                Run run = once(options);
                runs.add(run);
                out.printf(Locale.ROOT, "  run %d: launch to ready %,d ms (CPU %,d ms), resident memory %,d MiB%n",
                        i, run.toReady().toMillis(), run.cpu().toMillis(), run.residentBytes() >> 20);
            } catch (IOException | RuntimeException failure) {
                err.println("startup run " + i + " failed: " + failure.getMessage());
                return 1;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return 1;
            }
        }
        out.printf(Locale.ROOT, "startup median of %d: launch to ready %,d ms (CPU %,d ms), resident memory %,d MiB "
                + "(targets: 8,000 ms, 700 MiB for the curated graph)%n", runs.size(),
                median(runs.stream().map(r -> r.toReady().toMillis()).toList()),
                median(runs.stream().map(r -> r.cpu().toMillis()).toList()),
                median(runs.stream().map(Run::residentBytes).toList()) >> 20);
        return 0;
    }

    private static Run once(Options options) throws IOException, InterruptedException {
        Path dataDir = options.dataDir() != null ? options.dataDir()
                : Files.createTempDirectory("wbcg-startup-data-");
        Path log = Files.createTempFile("wbcg-startup-", ".log");
        boolean ok = false;
        try (AppProcess app = AppProcess.start(options.classPath() != null ? options.classPath()
                : System.getProperty("java.class.path"), dataDir, options.jvmArgs(), List.of(), log)) {
            Duration toReady = app.awaitReady(options.timeout());
            Duration cpu = app.cpuTime();
            Thread.sleep(SETTLE.toMillis());
            Run run = new Run(toReady, cpu, app.residentBytes());
            ok = true;
            return run;
        } finally {
            if (options.dataDir() == null) {
                Directories.delete(dataDir);
            }
            if (ok) {
                Files.deleteIfExists(log);
            }
        }
    }

    static Options parse(List<String> args) {
        int runs = 3;
        Path dataDir = null;
        List<String> jvmArgs = List.of();
        Duration timeout = Duration.ofSeconds(300);
        String classPath = null;
        for (String arg : args) {
            try {
                if (arg.startsWith("--runs=")) {
                    runs = Integer.parseInt(arg.substring("--runs=".length()));
                } else if (arg.startsWith("--data-dir=")) {
                    dataDir = Path.of(arg.substring("--data-dir=".length()));
                } else if (arg.startsWith("--jvm-args=")) {
                    jvmArgs = Arrays.stream(arg.substring("--jvm-args=".length()).trim().split("\\s+"))
                            .filter(a -> !a.isEmpty()).toList();
                } else if (arg.startsWith("--jar=")) {
                    classPath = Path.of(arg.substring("--jar=".length())).toAbsolutePath().toString();
                } else if (arg.startsWith("--timeout=")) {
                    timeout = Duration.ofSeconds(Long.parseLong(arg.substring("--timeout=".length())));
                } else {
                    throw new IllegalArgumentException("startup does not take " + arg + ".");
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Bad " + arg + ": give a whole number.");
            }
        }
        if (runs < 1 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("startup needs --runs and --timeout of at least 1.");
        }
        if (dataDir != null && !Files.isDirectory(dataDir)) {
            throw new IllegalArgumentException("--data-dir=" + dataDir + " is not a directory.");
        }
        if (classPath != null && !Files.isRegularFile(Path.of(classPath))) {
            throw new IllegalArgumentException("--jar=" + classPath + " is not a file.");
        }
        return new Options(runs, dataDir, jvmArgs, timeout, classPath);
    }

    /** The middle value; for an even count the mean of the two middle ones. */
    static long median(List<Long> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("No values");
        }
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
