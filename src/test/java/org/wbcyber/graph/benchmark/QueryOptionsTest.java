package org.wbcyber.graph.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The queries part's options and its search phrases, without a database. */
class QueryOptionsTest {

    @Test
    void defaultsAreTheApplicationsOwnAddressesAndOneEightAndThirtyTwoClients() {
        QueryOptions options = QueryOptions.parse(List.of());
        assertThat(options.api()).hasToString("http://127.0.0.1:8080");
        assertThat(options.bolt()).hasToString("bolt://127.0.0.1:7687");
        assertThat(options.user()).isEqualTo("neo4j");
        assertThat(options.password()).isEqualTo("wb-cyber-graph-local");
        assertThat(options.clients()).containsExactly(1, 8, 32);
        assertThat(options.maxClients()).isEqualTo(32);
        assertThat(options.only()).isEqualTo(QueryOptions.ENDPOINTS);
    }

    @Test
    void readsEveryOptionAndLeavesOtherPartsOptionsAside() {
        QueryOptions options = QueryOptions.parse(List.of("--api=http://localhost:28080", "--bolt=bolt://127.0.0.1:27687",
                "--clients=2,4", "--seconds=1.5", "--warmup=0", "--requests=100", "--seed=7", "--only=search,hub",
                "--scale=10"));
        assertThat(options.api().getPort()).isEqualTo(28080);
        assertThat(options.clients()).containsExactly(2, 4);
        assertThat(options.seconds()).isEqualTo(Duration.ofMillis(1500));
        assertThat(options.warmup()).isZero();
        assertThat(options.maxRequests()).isEqualTo(100);
        assertThat(options.seed()).isEqualTo(7);
        assertThat(options.only()).containsExactly("search", "hub");
        assertThat(options.ignored()).containsExactly("--scale=10");
    }

    @Test
    void refusesAnythingButLoopbackAndNonsense() {
        assertThatThrownBy(() -> QueryOptions.parse(List.of("--api=http://192.0.2.1:8080")))
                .hasMessageContaining("loopback");
        assertThatThrownBy(() -> QueryOptions.parse(List.of("--bolt=bolt://example.invalid:7687")))
                .hasMessageContaining("loopback");
        assertThatThrownBy(() -> QueryOptions.parse(List.of("--clients=0"))).hasMessageContaining("--clients");
        assertThatThrownBy(() -> QueryOptions.parse(List.of("--only=everything"))).hasMessageContaining("--only");
        assertThatThrownBy(() -> QueryOptions.parse(List.of("--seconds=0"))).hasMessageContaining("--seconds");
        assertThatThrownBy(() -> QueryOptions.parse(List.of("queries"))).hasMessageContaining("--name=value");
    }

    @Test
    void aSearchPhraseIsTwoNeighbouringWordsOfAName() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 50; i++) {
            String phrase = QueryWorkload.twoWords("Synthetic development agency 17", random);
            assertThat(phrase).isIn("Synthetic development", "development agency", "agency 17");
        }
        assertThat(QueryWorkload.twoWords("Europol", random)).isEqualTo("Europol");
        assertThat(QueryWorkload.twoWords(" Synthetic  forum ", random)).isEqualTo("Synthetic forum");
    }
}
