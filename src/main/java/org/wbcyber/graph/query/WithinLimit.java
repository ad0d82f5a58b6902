package org.wbcyber.graph.query;

import java.time.Duration;
import java.util.function.LongSupplier;

import org.neo4j.driver.exceptions.RetryableException;

/**
 * Runs a read until it succeeds or its time limit is spent. What Neo4j says may succeed if tried again (a transient
 * error such as a full transaction memory pool, a cluster member gone) is tried again, as the driver's managed
 * transactions do, but never past the limit: each attempt gets the time left as its transaction timeout, and a
 * retry whose wait would end after the limit is not made. The driver's own retries (30 s by default) let a request
 * outlive {@code wbcg.query.timeout} under load.
 */
final class WithinLimit {

    static final Duration FIRST_WAIT = Duration.ofMillis(100);

    /** One try, given the time left. */
    @FunctionalInterface
    interface Attempt<T> {
        T run(Duration left);
    }

    /** Waits between tries; a parameter so that tests need not wait. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final LongSupplier nanoClock;
    private final Sleeper sleeper;

    WithinLimit() {
        this(System::nanoTime, duration -> Thread.sleep(duration.toMillis()));
    }

    WithinLimit(LongSupplier nanoClock, Sleeper sleeper) {
        this.nanoClock = nanoClock;
        this.sleeper = sleeper;
    }

    /** @throws QueryTimedOutException when the limit is spent before an attempt succeeds */
    <T> T run(String query, Duration limit, Attempt<T> attempt) {
        long deadline = nanoClock.getAsLong() + limit.toNanos();
        Duration wait = FIRST_WAIT;
        while (true) {
            try {
                // Whole milliseconds: Neo4j's transaction timeouts have no finer grain (the driver logs a rounding).
                return attempt.run(Duration.ofMillis(Math.max(1, (deadline - nanoClock.getAsLong()) / 1_000_000)));
            } catch (RuntimeException failure) {
                if (!(failure instanceof RetryableException)) {
                    throw failure;
                }
                if (nanoClock.getAsLong() + wait.toNanos() >= deadline) {
                    throw new QueryTimedOutException(query, limit, failure);
                }
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw failure;
                }
                wait = wait.multipliedBy(2);
            }
        }
    }
}
