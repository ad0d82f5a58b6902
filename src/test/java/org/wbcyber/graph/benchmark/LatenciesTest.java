package org.wbcyber.graph.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/** Nearest-rank percentiles on known inputs. */
class LatenciesTest {

    @Test
    void oneToAHundredGivesTheRankItself() {
        long[] shuffled = LongStream.rangeClosed(1, 100).map(i -> (i * 37) % 100 + 1).toArray();
        Latencies latencies = Latencies.of(shuffled);
        assertThat(latencies.count()).isEqualTo(100);
        assertThat(latencies.percentile(50)).isEqualTo(50);
        assertThat(latencies.percentile(95)).isEqualTo(95);
        assertThat(latencies.percentile(99)).isEqualTo(99);
        assertThat(latencies.percentile(100)).isEqualTo(100);
        assertThat(latencies.max()).isEqualTo(100);
    }

    @Test
    void nearestRankRoundsUpAndNeverInterpolates() {
        Latencies latencies = Latencies.of(10, 20, 30, 40);
        assertThat(latencies.percentile(50)).isEqualTo(20);
        assertThat(latencies.percentile(51)).isEqualTo(30);
        assertThat(latencies.percentile(99)).isEqualTo(40);
        assertThat(latencies.percentile(0.1)).isEqualTo(10);
        assertThat(Latencies.of(7).percentile(99)).isEqualTo(7);
    }

    @Test
    void aSlowTailShowsInTheHighPercentilesOnly() {
        long[] values = new long[1000];
        java.util.Arrays.fill(values, 1_000_000);
        for (int i = 0; i < 20; i++) {
            values[i * 50] = 90_000_000;
        }
        Latencies latencies = Latencies.of(values);
        assertThat(latencies.percentile(50)).isEqualTo(1_000_000);
        assertThat(latencies.percentile(98)).isEqualTo(1_000_000);
        assertThat(latencies.percentile(99)).isEqualTo(90_000_000);
        assertThat(Latencies.millis(latencies.percentile(99))).isEqualTo("90.0");
    }

    @Test
    void noValuesGiveZeroAndTheInputIsNotChanged() {
        assertThat(Latencies.of().percentile(95)).isZero();
        assertThat(Latencies.of().max()).isZero();
        long[] input = {3, 1, 2};
        Latencies.of(input);
        assertThat(input).containsExactly(3, 1, 2);
        assertThatThrownBy(() -> Latencies.of(1).percentile(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
