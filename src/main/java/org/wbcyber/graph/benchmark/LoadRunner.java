package org.wbcyber.graph.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Closed-loop load: {@code clients} threads, each sending its next request as soon as the last one is answered,
 * until the duration is over or {@code maxRequests} have been started. Every answered request's latency is kept;
 * a request that throws is an error (its latency is not kept). It stops by itself: no request starts after the
 * deadline, and threads still busy {@code grace} after it are interrupted and counted as unfinished (not as
 * errors too, whatever their request throws when interrupted).
 */
final class LoadRunner {

    /** One request. Throwing means it failed. {@code random} is the client's own, seeded, not shared. */
    @FunctionalInterface
    interface Request {
        void send(int client, SplittableRandom random) throws Exception;
    }

    record Result(int clients, Latencies latencies, long errors, long unfinished, long elapsedNanos,
            String firstError) {

        double perSecond() {
            return elapsedNanos == 0 ? 0 : (latencies.count() + errors) * 1e9 / elapsedNanos;
        }
    }

    private final Duration grace;

    LoadRunner(Duration grace) {
        this.grace = grace;
    }

    Result run(int clients, Duration duration, long maxRequests, long seed, Request request) {
        if (clients < 1) {
            throw new IllegalArgumentException("clients must be at least 1: " + clients);
        }
        AtomicLong started = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong finished = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        List<long[]> recorded = new ArrayList<>();
        int[] counts = new int[clients];
        for (int i = 0; i < clients; i++) {
            recorded.add(new long[1024]);
        }
        SplittableRandom root = new SplittableRandom(seed);
        List<SplittableRandom> randoms = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            randoms.add(root.split());
        }
        CountDownLatch done = new CountDownLatch(clients);
        ExecutorService pool = Executors.newFixedThreadPool(clients, runnable -> {
            Thread thread = new Thread(runnable, "load-client");
            thread.setDaemon(true);
            return thread;
        });
        long begin = System.nanoTime();
        long deadline = begin + duration.toNanos();
        for (int c = 0; c < clients; c++) {
            int client = c;
            pool.execute(() -> {
                try {
                    while (System.nanoTime() < deadline && started.incrementAndGet() <= maxRequests
                            && !Thread.currentThread().isInterrupted()) {
                        long t0 = System.nanoTime();
                        try {
                            request.send(client, randoms.get(client));
                            long took = System.nanoTime() - t0;
                            long[] mine = recorded.get(client);
                            if (counts[client] == mine.length) {
                                mine = Arrays.copyOf(mine, mine.length * 2);
                                recorded.set(client, mine);
                            }
                            mine[counts[client]++] = took;
                        } catch (InterruptedException interrupted) {
                            Thread.currentThread().interrupt();
                        } catch (Exception failure) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, failure.toString());
                        }
                    }
                } finally {
                    finished.incrementAndGet();
                    done.countDown();
                }
            });
        }
        boolean allDone;
        try {
            allDone = done.await(duration.plus(grace).toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            allDone = false;
        }
        long elapsed = System.nanoTime() - begin;
        long unfinished = allDone ? 0 : clients - finished.get();
        // Before the interrupt: a request it stops fails with its client's exception, and is unfinished already.
        long errorCount = errors.get();
        String firstErrorSeen = firstError.get();
        pool.shutdownNow();
        try {
            pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        int total = 0;
        for (int count : counts) {
            total += count;
        }
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(recorded.get(c), 0, all, at, counts[c]);
            at += counts[c];
        }
        return new Result(clients, new Latencies(all), errorCount, unfinished, elapsed, firstErrorSeen);
    }
}
