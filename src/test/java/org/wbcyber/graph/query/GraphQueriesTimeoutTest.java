package org.wbcyber.graph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.wbcyber.graph.support.CypherTest;

import tools.jackson.databind.json.JsonMapper;

/**
 * A service query that runs past wbcg.query.timeout is stopped by Neo4j and reported by name, not left running.
 * On the curated graph (a CypherTest, so loaded whichever test runs first), where the endless query has billions
 * of rows to count.
 */
class GraphQueriesTimeoutTest extends CypherTest {

    @Test
    void aQueryPastTheLimitIsStoppedAndTheErrorNamesItAndTheLimit() throws InterruptedException {
        GraphQueries queries = new GraphQueries(driver, JsonMapper.builder().build(),
                new QueryProperties(Duration.ofMillis(500), 0, 0), "classpath*:query-timeout/*.cypher");

        assertThatThrownBy(() -> queries.read("endless", Map.of()))
                .isInstanceOf(QueryTimedOutException.class)
                .hasMessageContaining("cypher/queries/endless.cypher")
                .hasMessageContaining("500 ms (wbcg.query.timeout)")
                .satisfies(e -> assertThat(((QueryTimedOutException) e).query()).isEqualTo("endless"));

        assertThat(stillRunning("endless")).as("transactions of the stopped query").isEmpty();
    }

    @Test
    void aQueryWithinTheLimitAnswers() {
        GraphQueries queries = new GraphQueries(driver, JsonMapper.builder().build(),
                new QueryProperties(Duration.ofSeconds(30), 0, 0), GraphQueries.LOCATION);

        assertThat(queries.column("actor-ref", Map.of("id", "european-commission"), NodeRef.class))
                .extracting(NodeRef::name).containsExactly("European Commission");
    }

    /** The tagged transactions still listed, given a moment to be cleaned up after termination. */
    private List<Object> stillRunning(String query) throws InterruptedException {
        List<Object> running = List.of();
        for (int attempt = 0; attempt < 50; attempt++) {
            running = driver.executableQuery("SHOW TRANSACTIONS YIELD metaData WHERE metaData.query = $query RETURN metaData")
                    .withParameters(Map.of("query", query)).execute().records().stream()
                    .map(r -> r.get(0).asObject()).toList();
            if (running.isEmpty()) {
                break;
            }
            Thread.sleep(100);
        }
        return running;
    }
}
