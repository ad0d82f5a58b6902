package org.wbcyber.graph.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The runner's bookkeeping on fake requests: counts, errors, clients, stopping. Nothing here is timed. */
class LoadRunnerTest {

    private final LoadRunner runner = new LoadRunner(Duration.ofSeconds(5));

    @Test
    void sendsExactlyTheRequestCountAcrossAllClientsAndKeepsEveryLatency() {
        AtomicInteger sent = new AtomicInteger();
        Set<Integer> clients = ConcurrentHashMap.newKeySet();
        CountDownLatch allStarted = new CountDownLatch(4);
        LoadRunner.Result result = runner.run(4, Duration.ofMinutes(1), 1000, 42, (client, random) -> {
            if (clients.add(client)) {
                allStarted.countDown();
                allStarted.await(5, TimeUnit.SECONDS);
            }
            sent.incrementAndGet();
        });
        assertThat(sent).hasValue(1000);
        assertThat(result.latencies().count()).isEqualTo(1000);
        assertThat(result.errors()).isZero();
        assertThat(result.unfinished()).isZero();
        assertThat(result.clients()).isEqualTo(4);
        assertThat(clients).containsExactlyInAnyOrder(0, 1, 2, 3);
        assertThat(result.firstError()).isNull();
    }

    @Test
    void aRequestThatThrowsIsAnErrorAndItsLatencyIsNotKept() {
        AtomicInteger sent = new AtomicInteger();
        LoadRunner.Result result = runner.run(2, Duration.ofMinutes(1), 300, 42, (client, random) -> {
            if (sent.incrementAndGet() % 3 == 0) {
                throw new IllegalStateException("HTTP 500");
            }
        });
        assertThat(result.errors()).isEqualTo(100);
        assertThat(result.latencies().count()).isEqualTo(200);
        assertThat(result.firstError()).contains("HTTP 500");
    }

    @Test
    void stopsAtTheDeadlineWithoutARequestCount() {
        LoadRunner.Result result = runner.run(3, Duration.ofMillis(200), Long.MAX_VALUE, 42,
                (client, random) -> Thread.sleep(5));
        assertThat(result.latencies().count()).isPositive();
        assertThat(result.unfinished()).isZero();
        assertThat(result.perSecond()).isPositive();
    }

    @Test
    void aClientStuckPastTheGraceIsInterruptedAndCountedUnfinished() {
        LoadRunner quick = new LoadRunner(Duration.ofMillis(100));
        // Long enough for both clients' threads to start before the deadline on a loaded machine: a client that
        // starts after it sends nothing and finishes, and the test would see no stuck client.
        LoadRunner.Result result = quick.run(2, Duration.ofMillis(500), Long.MAX_VALUE, 42, (client, random) -> {
            if (client == 1) {
                new CountDownLatch(1).await();
            }
            Thread.sleep(1);
        });
        assertThat(result.unfinished()).isEqualTo(1);
        assertThat(result.latencies().count()).isPositive();
    }

    /**
     * A Driver or HTTP call interrupted at the stop fails with its own exception, not InterruptedException; the
     * request is then unfinished, and not an error as well.
     */
    @Test
    void aStuckRequestFailingWhenInterruptedIsCountedUnfinishedOnly() {
        LoadRunner quick = new LoadRunner(Duration.ofMillis(100));
        LoadRunner.Result result = quick.run(2, Duration.ofMillis(500), Long.MAX_VALUE, 42, (client, random) -> {
            if (client == 1) {
                try {
                    new CountDownLatch(1).await();
                } catch (InterruptedException stopped) {
                    throw new IllegalStateException("connection closed while waiting for the answer");
                }
            }
            Thread.sleep(1);
        });
        assertThat(result.unfinished()).isEqualTo(1);
        assertThat(result.errors()).isZero();
        assertThat(result.firstError()).isNull();
    }

    @Test
    void theSameSeedGivesTheSameDraws() {
        assertThat(draws(7)).isEqualTo(draws(7)).isNotEqualTo(draws(8)).hasSize(5);
    }

    private List<Integer> draws(long seed) {
        List<Integer> drawn = new CopyOnWriteArrayList<>();
        runner.run(1, Duration.ofMinutes(1), 5, seed, (client, random) -> drawn.add(random.nextInt(1_000_000)));
        return drawn;
    }
}
