package org.wbcyber.graph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.graphdb.GraphDatabaseService;
import org.wbcyber.graph.support.SharedNeo4j;

/**
 * Whole-graph answers are computed once per version of the graph: kept while nothing is written, computed again
 * after any commit, computed once for callers that ask at the same time, and never kept when they failed.
 */
class AnswerCacheTest {

    GraphChanges changes;
    GraphDatabaseService graph;
    AtomicInteger computed = new AtomicInteger();

    @BeforeEach
    void observe() {
        changes = GraphChanges.of(SharedNeo4j.instance().databaseManagementService(),
                GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        graph = SharedNeo4j.instance().defaultDatabaseService();
    }

    @AfterEach
    void stop() {
        changes.close();
    }

    @Test
    void readsLeaveTheVersionAsItIsAndEveryCommittedWriteMovesItOn() {
        long before = changes.version().orElseThrow();

        graph.executeTransactionally("MATCH (n:Country) RETURN count(n)");
        assertThat(changes.version()).hasValue(before);

        graph.executeTransactionally("CREATE (:AnswerCacheProbe)");
        graph.executeTransactionally("MATCH (n:AnswerCacheProbe) DELETE n");
        assertThat(changes.version()).hasValue(before + 2);

        try (var tx = graph.beginTx()) {
            tx.execute("CREATE (:AnswerCacheProbe)");
            tx.rollback();
        }
        assertThat(changes.version()).as("a rolled-back write").hasValue(before + 2);
    }

    @Test
    void theSameAnswerIsGivenUntilTheGraphChangesThenComputedAgain() {
        AnswerCache<String, List<Long>> cache = new AnswerCache<>(changes, 4);

        List<Long> first = cache.get("countries", this::countCountries);
        assertThat(cache.get("countries", this::countCountries)).isSameAs(first);
        assertThat(computed).hasValue(1);

        graph.executeTransactionally("CREATE (:Country {id: 'answer-cache-probe'})");
        try {
            assertThat(cache.get("countries", this::countCountries)).containsExactly(first.get(0) + 1);
            assertThat(computed).hasValue(2);
        } finally {
            graph.executeTransactionally("MATCH (c:Country {id: 'answer-cache-probe'}) DELETE c");
        }
        assertThat(cache.get("countries", this::countCountries)).isEqualTo(first);
        assertThat(computed).hasValue(3);
    }

    @Test
    void callersAskingWhileTheAnswerIsComputedWaitForThatComputation() throws Exception {
        AnswerCache<String, List<Long>> cache = new AnswerCache<>(changes, 4);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Long>>> answers = new ArrayList<>();
            answers.add(callers.submit(() -> cache.get("countries", () -> {
                started.countDown();
                await(release);
                return countCountries();
            })));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 7; i++) {
                answers.add(callers.submit(() -> cache.get("countries", this::countCountries)));
            }
            release.countDown();
            List<Long> first = answers.get(0).get(10, TimeUnit.SECONDS);
            for (Future<List<Long>> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isSameAs(first);
            }
            assertThat(computed).hasValue(1);
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aFailedComputationIsNotKept() {
        AnswerCache<String, List<Long>> cache = new AnswerCache<>(changes, 4);

        assertThatThrownBy(() -> cache.get("countries", () -> {
            throw new QueryTimedOutException("coverage-rows", Duration.ofSeconds(10), null);
        })).isInstanceOf(QueryTimedOutException.class);

        assertThat(cache.get("countries", this::countCountries)).isNotEmpty();
        assertThat(computed).hasValue(1);
    }

    @Test
    void theLeastRecentlyUsedKeyIsDroppedBeyondTheCapacity() {
        AnswerCache<String, List<Long>> cache = new AnswerCache<>(changes, 2);
        List<Long> a = cache.get("a", this::countCountries);
        cache.get("b", this::countCountries);
        cache.get("a", this::countCountries);
        cache.get("c", this::countCountries);
        assertThat(computed).hasValue(3);

        assertThat(cache.get("a", this::countCountries)).as("used last, kept").isSameAs(a);
        cache.get("b", this::countCountries);
        assertThat(computed).as("b was dropped for c").hasValue(4);
    }

    @Test
    void aCapacityOfZeroKeepsNothing() {
        AnswerCache<String, List<Long>> cache = new AnswerCache<>(changes, 0);

        cache.get("countries", this::countCountries);
        cache.get("countries", this::countCountries);

        assertThat(computed).hasValue(2);
        assertThatThrownBy(() -> new QueryProperties(Duration.ofSeconds(1), -1, 0))
                .hasMessage("wbcg.query.kept-answers must be 0 (keep none) or more, was -1");
    }

    @Test
    void withChangesUnseenEveryCallComputes() {
        AnswerCache<String, List<Long>> cache = new AnswerCache<>(GraphChanges.unseen(), 4);

        cache.get("countries", this::countCountries);
        cache.get("countries", this::countCountries);

        assertThat(GraphChanges.unseen().version()).isEmpty();
        assertThat(computed).hasValue(2);
    }

    private List<Long> countCountries() {
        computed.incrementAndGet();
        return List.of((Long) graph.executeTransactionally("MATCH (c:Country) RETURN count(c) AS n", Map.of(),
                result -> result.next().get("n")));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
