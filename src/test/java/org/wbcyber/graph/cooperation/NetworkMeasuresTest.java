package org.wbcyber.graph.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.wbcyber.graph.cooperation.NetworkMeasures.Edge;
import org.wbcyber.graph.cooperation.NetworkMeasures.Measures;

/** The algorithms on small networks whose answers are known by hand. */
class NetworkMeasuresTest {

    private static Map<String, Measures> byId(NetworkMeasures.Result result) {
        return result.actors().stream().collect(Collectors.toMap(Measures::id, m -> m));
    }

    @Test
    void theMiddleOfAPathLiesOnEveryShortestPathBetweenTheOthers() {
        // a - b - c: the only pair not involving b, (a, c), routes through b.
        Map<String, Measures> m = byId(new NetworkMeasures(List.of(new Edge("a", "b", 1), new Edge("b", "c", 1))).compute());

        assertThat(m.get("b").betweenness()).isEqualTo(1.0);
        assertThat(m.get("a").betweenness()).isZero();
        assertThat(m.get("b").degree()).isEqualTo(2);
    }

    @Test
    void twoEqualRoutesShareTheBrokerage() {
        // a - b - d and a - c - d: b and c each carry half of the (a, d) paths; 3 pairs could pass through each.
        Map<String, Measures> m = byId(new NetworkMeasures(List.of(new Edge("a", "b", 1), new Edge("b", "d", 1),
                new Edge("a", "c", 1), new Edge("c", "d", 1))).compute());

        assertThat(m.get("b").betweenness()).isCloseTo(0.5 / 3, within(1e-9));
        assertThat(m.get("c").betweenness()).isCloseTo(0.5 / 3, within(1e-9));
    }

    @Test
    void twoTrianglesJoinedByOneTieAreTwoCommunitiesAndTheTieEndsAreTheBrokers() {
        NetworkMeasures.Result result = new NetworkMeasures(List.of(
                new Edge("a1", "a2", 1), new Edge("a2", "a3", 1), new Edge("a1", "a3", 1),
                new Edge("b1", "b2", 1), new Edge("b2", "b3", 1), new Edge("b1", "b3", 1),
                new Edge("a3", "b1", 1))).compute();
        Map<String, Measures> m = byId(result);

        assertThat(result.communities()).isEqualTo(2);
        assertThat(m.get("a1").community()).isEqualTo(m.get("a2").community()).isEqualTo(m.get("a3").community());
        assertThat(m.get("b1").community()).isEqualTo(m.get("b2").community()).isEqualTo(m.get("b3").community());
        assertThat(m.get("a1").community()).isNotEqualTo(m.get("b1").community());
        // Q = 2 × (3/7 − (7/14)²) = 5/14.
        assertThat(result.modularity()).isCloseTo(5.0 / 14, within(1e-9));
        // a3 is on the only shortest path of the 6 pairs {a1, a2} × {b1, b2, b3}, out of the 10 pairs without it.
        assertThat(m.get("a3").betweenness()).isCloseTo(6.0 / 10, within(1e-9));
        assertThat(m.get("a1").betweenness()).isZero();
    }

    @Test
    void theSameNetworkAlwaysGivesTheSameCommunities() {
        List<Edge> edges = List.of(new Edge("x", "y", 2), new Edge("y", "z", 1), new Edge("z", "w", 2), new Edge("w", "x", 1));

        assertThat(new NetworkMeasures(edges).compute()).isEqualTo(new NetworkMeasures(edges).compute());
    }

    @Test
    void aPairListedFromBothEndsCountsOnce() {
        Map<String, Measures> m = byId(new NetworkMeasures(List.of(new Edge("a", "b", 2), new Edge("b", "a", 2))).compute());

        assertThat(m.get("a").degree()).isEqualTo(1);
        assertThat(m.get("a").weightedDegree()).isEqualTo(2.0);
    }
}
