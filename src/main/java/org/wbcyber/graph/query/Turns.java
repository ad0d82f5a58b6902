package org.wbcyber.graph.query;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * At most so many of one costly kind of work at once, the others waiting their turn in order of arrival, each for
 * at most a given time. On two cores, eight network views built together took 16 s each where one alone takes
 * 1.4 s; taken in turns, each waits for those before it instead, and a request that cannot get a turn in time is told
 * the server is busy rather than slowing everyone past the time limit.
 */
public final class Turns {

    /** A turn held: closing it lets the next one in. */
    public interface Turn extends AutoCloseable {
        @Override
        void close();
    }

    private final String work;
    private final String setting;
    private final int atOnce;
    private final Duration wait;
    private final Semaphore turns;

    /**
     * @param work what the turns are for, as the busy message names it ("network views")
     * @param setting the setting that says how many at once, as the busy message names it
     */
    public Turns(String work, String setting, int atOnce, Duration wait) {
        if (atOnce < 1) {
            throw new IllegalArgumentException(setting + " must be at least 1, was " + atOnce);
        }
        this.work = work;
        this.setting = setting;
        this.atOnce = atOnce;
        this.wait = wait;
        this.turns = new Semaphore(atOnce, true);
    }

    /**
     * Waits for a turn.
     *
     * @throws BusyException when none comes within the wait
     */
    public Turn take() {
        boolean taken;
        try {
            taken = turns.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyException(work, setting, atOnce, wait, e);
        }
        if (!taken) {
            throw new BusyException(work, setting, atOnce, wait, null);
        }
        AtomicBoolean held = new AtomicBoolean(true);
        // Released once however often it is closed: a second release would let one more in than allowed.
        return () -> {
            if (held.getAndSet(false)) {
                turns.release();
            }
        };
    }

    public int atOnce() {
        return atOnce;
    }

    /** How many requests wait for a turn now, an estimate. */
    public int waiting() {
        return turns.getQueueLength();
    }
}
