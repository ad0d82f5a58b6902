package org.wbcyber.graph.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.wbcyber.graph.query.GraphQueries;
import org.wbcyber.graph.support.GraphTest;

/**
 * The step-by-step search of GET /api/paths finds exactly the paths that Neo4j's own shortest-path search over
 * the same rules finds (cypher/queries/cooperation-paths.cypher, the file analysts run in Browser).
 */
@GraphTest
class PathSearchTest {

    @Autowired
    PathSearch search;

    @Autowired
    GraphQueries queries;

    @Autowired
    Driver driver;

    @Test
    void findsTheSameShortestPathsAsTheCookbookQueryForPairsAcrossTheCuratedGraph() {
        List<String> actors = driver.executableQuery("""
                MATCH (a:Actor) WHERE COUNT { (a)--(:Project|Event|Initiative|Publication) } > 0
                RETURN a.id AS id ORDER BY id""").execute().records().stream().map(r -> r.get("id").asString()).toList();
        assertThat(actors).hasSizeGreaterThan(50);
        int compared = 0;
        int connected = 0;
        for (int i = 0; i < actors.size(); i += 3) {
            String from = actors.get(i);
            String to = actors.get((i * 7 + 11) % actors.size());
            if (from.equals(to)) {
                continue;
            }
            int maxHops = i % 2 == 0 ? 6 : 4;
            Set<String> expected = driver.executableQuery(queries.text("cooperation-paths"))
                    .withParameters(Map.of("from", from, "to", to, "maxHops", maxHops, "limit", 1000))
                    .execute().records().stream()
                    .map(r -> r.get("nodes").asList(n -> n.get("id").asString()) + " "
                            + r.get("statements").asList(s -> s.get("type").asString()))
                    .collect(Collectors.toSet());
            Set<String> found = search.shortest(from, to, maxHops, 1000).stream()
                    .map(p -> p.nodes().stream().map(CooperationPath.Node::id).toList() + " "
                            + p.statements().stream().map(s -> s.type()).toList())
                    .collect(Collectors.toSet());
            assertThat(found).as(from + " to " + to + " within " + maxHops).isEqualTo(expected);
            compared++;
            connected += expected.isEmpty() ? 0 : 1;
        }
        assertThat(compared).isGreaterThan(15);
        assertThat(connected).as("pairs with a path").isGreaterThan(5);
    }

    @Test
    void stopsAtTheLimitAndGivesNoPathBeyondMaxHops() {
        assertThat(search.shortest("de-giz", "europol", 6, 1)).hasSize(1)
                .first().satisfies(p -> assertThat(p.hops()).isEqualTo(3));
        assertThat(search.shortest("de-giz", "europol", 2, 10)).isEmpty();
    }
}
