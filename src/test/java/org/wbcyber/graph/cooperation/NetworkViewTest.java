package org.wbcyber.graph.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.wbcyber.graph.query.GraphChanges;
import org.wbcyber.graph.query.GraphQueries;
import org.wbcyber.graph.query.QueryProperties;
import org.wbcyber.graph.support.GraphTest;

/**
 * Where the graph's changes are seen, the network view keeps the pairs among the actors with the most roles and
 * reads the others from their other end; the answer must be the one every pair read afresh gives.
 */
@GraphTest
class NetworkViewTest {

    @Autowired
    GraphQueries queries;

    private final QueryProperties limits = new QueryProperties(Duration.ofSeconds(10), 1);

    @ParameterizedTest
    @CsvSource({"cepol, 2, 5", "cepol, 2, 30", "EU, 1, 5", "EU, 2, 40", "de-giz, 3, 12", "AL, 1, 5", "AL, 2, 20",
            "elections, 1, 8"})
    void keepingTheBusiestActorsPairsGivesTheNetworkThatReadingEveryPairGives(String focus, int hops, int hubs) {
        List<String> seeds = seeds(focus);
        NetworkView afresh = new NetworkView(queries, GraphChanges.unseen(), limits, hubs);
        NetworkView keeping = new NetworkView(queries, GraphChanges.fixed(), limits, hubs);

        Network expected = afresh.around(focus, seeds, hops, 500);
        Network answered = keeping.around(focus, seeds, hops, 500);

        assertThat(answered).isEqualTo(expected);
        List<String> busiest = queries.column("cooperation-hubs", Map.of("n", hubs), String.class);
        assertThat(answered.edges()).as("pairs of two kept actors, and pairs read from an end")
                .anyMatch(e -> busiest.contains(e.source()) && busiest.contains(e.target()))
                .anyMatch(e -> !busiest.contains(e.source()) || !busiest.contains(e.target()));
    }

    private List<String> seeds(String focus) {
        if (focus.equals("AL")) {
            return queries.column("network-seeds-country", Map.of("country", focus), String.class);
        }
        if (focus.equals("elections")) {
            return queries.column("network-seeds-theme", Map.of("theme", focus), String.class);
        }
        return List.of(focus);
    }
}
