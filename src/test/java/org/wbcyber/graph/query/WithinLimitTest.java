package org.wbcyber.graph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;

/** Retries of a service query: only what Neo4j calls transient, and never past the query's time limit. */
class WithinLimitTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    /** A clock that moves only when the code under test sleeps or an attempt says it took time. */
    private long now;
    private final List<Duration> waits = new ArrayList<>();
    private final List<Duration> given = new ArrayList<>();
    private final WithinLimit withinLimit = new WithinLimit(() -> now, duration -> {
        waits.add(duration);
        now += duration.toNanos();
    });

    private static TransientException memoryPoolFull() {
        return new TransientException("Neo.TransientError.General.MemoryPoolOutOfMemoryError",
                "The allocation of an extra 2 MiB would use more than the limit");
    }

    @Test
    void aTransientErrorIsTriedAgainWithTheTimeLeftAsTheNextAttemptsLimit() {
        int[] attempts = {0};

        String answer = withinLimit.run("partners", LIMIT, left -> {
            given.add(left);
            now += Duration.ofSeconds(1).toNanos();
            if (++attempts[0] < 3) {
                throw memoryPoolFull();
            }
            return "answer";
        });

        assertThat(answer).isEqualTo("answer");
        assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(given).containsExactly(LIMIT, Duration.ofMillis(8_900), Duration.ofMillis(7_700));
    }

    @Test
    void retriesStopBeforeTheLimitAndSayTheQueryRanOutOfTime() {
        // Each attempt fails after 2 s, or when its transaction timeout (the time left) stops it.
        assertThatThrownBy(() -> withinLimit.run("partners", LIMIT, left -> {
            now += Math.min(Duration.ofSeconds(2).toNanos(), left.toNanos());
            throw memoryPoolFull();
        })).isInstanceOf(QueryTimedOutException.class)
                .hasMessageContaining("cypher/queries/partners.cypher ran longer than the limit of 10000 ms")
                .hasCauseInstanceOf(TransientException.class);
        assertThat(now).isLessThanOrEqualTo(LIMIT.toNanos());
        assertThat(waits).isNotEmpty();
    }

    @Test
    void attemptsAreGivenWholeMillisecondsAsNeo4jTimeoutsHaveNoFinerGrain() {
        int[] attempts = {0};
        withinLimit.run("path", LIMIT, left -> {
            given.add(left);
            now += 1_234_567;
            if (++attempts[0] < 3) {
                throw memoryPoolFull();
            }
            return "answer";
        });
        assertThat(given).hasSize(3).allSatisfy(left -> assertThat(left.toNanos() % 1_000_000).isZero());
        assertThat(given.get(1)).isEqualTo(Duration.ofMillis(9_898));
    }

    @Test
    void anErrorThatIsNotTransientIsNotTriedAgain() {
        int[] attempts = {0};
        assertThatThrownBy(() -> withinLimit.run("search", LIMIT, left -> {
            attempts[0]++;
            throw new ClientException("Neo.ClientError.Statement.SyntaxError", "Invalid input");
        })).isInstanceOf(ClientException.class).hasMessage("Invalid input");
        assertThat(attempts[0]).isEqualTo(1);
        assertThat(waits).isEmpty();
    }
}
