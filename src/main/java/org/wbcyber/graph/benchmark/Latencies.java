package org.wbcyber.graph.benchmark;

import java.util.Arrays;

/**
 * Every latency of a run (nanoseconds) and the figures read from them. Percentiles by the nearest-rank method
 * over all recorded values — no histogram buckets, no sampling — so p99 of 1,000 requests is the 990th fastest.
 */
record Latencies(long[] sortedNanos) {

    Latencies {
        sortedNanos = sortedNanos.clone();
        Arrays.sort(sortedNanos);
    }

    static Latencies of(long... nanos) {
        return new Latencies(nanos);
    }

    int count() {
        return sortedNanos.length;
    }

    /** The smallest recorded value with at least {@code percent} % of the values at or below it; 0 if none. */
    long percentile(double percent) {
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be in (0, 100]: " + percent);
        }
        if (sortedNanos.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100 * sortedNanos.length);
        return sortedNanos[Math.max(rank, 1) - 1];
    }

    long max() {
        return sortedNanos.length == 0 ? 0 : sortedNanos[sortedNanos.length - 1];
    }

    /** Milliseconds with one decimal for the tables. */
    static String millis(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1_000_000.0);
    }
}
