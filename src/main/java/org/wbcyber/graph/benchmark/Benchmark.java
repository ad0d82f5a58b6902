package org.wbcyber.graph.benchmark;

import java.io.PrintStream;
import java.util.List;

/** One part of the benchmark: {@code benchmark <name> [options]} runs it alone, {@code benchmark} runs them all. */
interface Benchmark {

    String name();

    /** One or more lines for the usage text: the options it takes and what it prints. */
    String usage();

    /** Runs it and prints its figures to {@code out}; returns an exit code (0 done, 1 failed, 2 usage error). */
    int run(List<String> args, PrintStream out, PrintStream err);
}
