package org.wbcyber.graph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Costly work in turns: so many at once, the others waiting in order of arrival, each at most the time limit. */
class TurnsTest {

    private static Turns turns(int atOnce, Duration wait) {
        return new Turns("network views", "wbcg.query.networks-at-once", atOnce, wait);
    }

    @Test
    void asManyTurnsAsAllowedAreTakenWithoutWaiting() {
        Turns turns = turns(2, Duration.ZERO);

        try (Turns.Turn first = turns.take(); Turns.Turn second = turns.take()) {
            assertThatThrownBy(turns::take).isInstanceOf(BusyException.class);
        }
        try (Turns.Turn again = turns.take()) {
            assertThat(turns.atOnce()).isEqualTo(2);
        }
    }

    @Test
    void aTurnClosedTwiceLetsOnlyOneMoreIn() {
        Turns turns = turns(1, Duration.ZERO);
        Turns.Turn turn = turns.take();
        turn.close();
        turn.close();

        try (Turns.Turn next = turns.take()) {
            assertThatThrownBy(turns::take).isInstanceOf(BusyException.class);
        }
    }

    @Test
    void aRequestWaitsForTheTurnOfOneBeforeIt() throws Exception {
        Turns turns = turns(1, Duration.ofMinutes(1));
        Turns.Turn held = turns.take();
        CompletableFuture<String> waiting = CompletableFuture.supplyAsync(() -> {
            try (Turns.Turn turn = turns.take()) {
                return "built";
            }
        });

        while (turns.waiting() == 0) {
            Thread.onSpinWait();
        }
        assertThat(waiting).isNotDone();
        held.close();
        assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo("built");
    }

    @Test
    void turnsComeInOrderOfArrival() throws Exception {
        Turns turns = turns(1, Duration.ofMinutes(1));
        List<Integer> order = new ArrayList<>();
        Turns.Turn held = turns.take();
        List<CompletableFuture<Void>> waiting = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int request = i;
            waiting.add(CompletableFuture.runAsync(() -> {
                try (Turns.Turn turn = turns.take()) {
                    synchronized (order) {
                        order.add(request);
                    }
                }
            }, command -> new Thread(command).start()));
            // The next request arrives once this one waits.
            while (turns.waiting() < i + 1) {
                Thread.onSpinWait();
            }
        }
        held.close();
        CompletableFuture.allOf(waiting.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);

        assertThat(order).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void noTurnWithinTheWaitIsBusyNamingTheSettingAndTheWait() {
        Turns turns = turns(1, Duration.ofMillis(50));

        try (Turns.Turn held = turns.take()) {
            assertThatThrownBy(turns::take).isInstanceOf(BusyException.class)
                    .hasMessageContaining("at most 1 network views at once (wbcg.query.networks-at-once)")
                    .hasMessageContaining("waited 50 ms");
        }
    }

    @Test
    void fewerThanOneAtOnceIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> turns(0, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("wbcg.query.networks-at-once must be at least 1, was 0");
        assertThatThrownBy(() -> new QueryProperties(Duration.ofSeconds(1), 8, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wbcg.query.networks-at-once must be 0 (one per processor) or more, was -1");
    }

    @Test
    void zeroAtOnceMeansOnePerProcessor() {
        assertThat(new QueryProperties(Duration.ofSeconds(1), 8, 0).networksAtOnceOrProcessors())
                .isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(new QueryProperties(Duration.ofSeconds(1), 8, 3).networksAtOnceOrProcessors()).isEqualTo(3);
    }
}
