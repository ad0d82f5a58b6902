package org.wbcyber.graph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.wbcyber.graph.query.BusyException;
import org.wbcyber.graph.query.QueryTimedOutException;
import org.wbcyber.graph.query.Turns;
import org.wbcyber.graph.support.Api;
import org.wbcyber.graph.support.GraphFingerprint;
import org.wbcyber.graph.support.GraphTest;

/** Unknown ids are 404 naming the id; bad parameters are 400 naming the parameter and what it accepts. */
@GraphTest
class ApiErrorsTest {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/actors/no-such-body                        | actor with id 'no-such-body'
            /api/actors/no-such-body/partners               | actor with id 'no-such-body'
            /api/paths?from=european-commission&to=nobody   | actor with id 'nobody'
            /api/network?actor=nobody                       | actor with id 'nobody'
            /api/network?country=ZZ                         | country with id 'ZZ'
            /api/funding/donors/nobody                      | actor with id 'nobody'
            /api/funding/projects/no-such-project           | project with id 'no-such-project'
            /api/funding/countries/ZZ                       | country with id 'ZZ'
            /api/countries/ZZ                               | country with id 'ZZ'
            /api/countries/ZZ/scores                        | country with id 'ZZ'
            /api/coverage?region=NOWHERE                    | region with member countries with id 'NOWHERE'
            /api/timeline?country=ZZ                        | country with id 'ZZ'
            /api/timeline?actor=nobody                      | actor with id 'nobody'
            /api/provenance?from=european-commission&to=RS  | No relationship between 'european-commission' and 'RS'
            """)
    void anUnknownIdIsA404NamingIt(String path, String message) {
        Api.Response response = api.get(path);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).contains("application/problem+json");
        assertThat(response.json().path("detail").asString()).contains(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/search?q=%28%28%29                                  | q         | no letters or digits
            /api/search                                              | q         | is required
            /api/search?q=cert&label=Planet                          | label     | accepted values: Country, Region, Organisation
            /api/search?q=cert&size=1000                             | size      | 1 to 200
            /api/search?q=cert&page=-1                               | page      | count from 0
            /api/search?q=cert&page=50&size=20                       | page      | after the best 1,000 matches
            /api/actors/EU/partners?kind=spy                         | kind      | accepted values: academia, cert
            /api/actors/EU/partners?from=yesterday                   | from      | expected a date (YYYY-MM-DD)
            /api/actors/EU/partners?size=abc                         | size      | expected a whole number
            /api/actors/EU/partners?evidence=0                       | evidence  | 1 to 100
            /api/paths?from=EU&to=EU                                 | to        | same actor
            /api/paths?from=EU&to=european-commission&maxHops=99     | maxHops   | 1 to 8
            /api/network?actor=EU&hops=9                             | hops      | 0 to 3
            /api/network?actor=EU&country=RS                         | actor     | exactly one of actor, country or theme
            /api/network?theme=cooking                               | theme     | accepted values: policy-strategy
            /api/network?actor=EU&format=pdf                         | format    | json, graphml
            /api/coverage?theme=cooking                              | theme     | accepted values: policy-strategy
            /api/coverage?projects=-1                                | projects  | 0 to 1000
            /api/coverage?donors=0                                   | donors    | 1 to 10000
            /api/timeline?from=2023-02-30                            | from      | expected a date
            /api/countries/RS?items=0                                | items     | 1 to 1000
            /api/actors/EU?items=1001                                | items     | 1 to 1000
            /api/funding/donors/EU?items=0                           | items     | 1 to 1000
            /api/funding/countries/AL?items=1001                     | items     | 1 to 1000
            /api/funding/donors?size=201                             | size      | 1 to 200
            /api/needs/RS?items=0                                    | items     | 1 to 1000
            /api/timeline?theme=cooking                              | theme     | accepted values
            """)
    void aBadParameterIsA400NamingItAndWhatItAccepts(String path, String parameter, String message) {
        Api.Response response = api.get(path);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("parameter").asString()).isEqualTo(parameter);
        assertThat(response.json().path("detail").asString()).contains(message);
    }

    @Test
    void hostileInputIsDataNeverCypherAndChangesNothing() {
        String before = GraphFingerprint.of(driver);

        for (String path : new String[] {
                "/api/search?q=%27%29%20MATCH%20%28n%29%20DETACH%20DELETE%20n%20//",
                "/api/search?q=*%3A*%20OR%20name%3A%28%22x%22",
                "/api/actors/x%27%7D%29%20DETACH%20DELETE%20n%20//",
                "/api/countries/RS%27%20OR%201%3D1",
                "/api/provenance?from=EU&to=RS&type=MEMBER_OF%60%5D-%28%29%20DELETE%20r"}) {
            assertThat(api.get(path).status()).as(path).isIn(200, 400, 404);
        }

        assertThat(GraphFingerprint.of(driver)).isEqualTo(before);
    }

    @Test
    void aQueryStoppedAtTheTimeLimitIsA503NamingTheQueryAndTheLimit() {
        ProblemDetail problem = new ApiErrors()
                .queryTimedOut(new QueryTimedOutException("cooperation-paths", Duration.ofSeconds(10), null));

        assertThat(problem.getStatus()).isEqualTo(503);
        assertThat(problem.getTitle()).isEqualTo("Query timed out");
        assertThat(problem.getDetail()).contains("cypher/queries/cooperation-paths.cypher", "10000 ms");
        assertThat(problem.getProperties()).containsEntry("query", "cooperation-paths").containsEntry("limitMs", 10000L);
    }

    @Test
    void aRequestThatGetsNoTurnIsA503SayingTheServerIsBusyAndWhenToTryAgain() {
        Turns turns = new Turns("network views", "wbcg.query.networks-at-once", 1, Duration.ofMillis(20));
        BusyException busy;
        try (Turns.Turn held = turns.take()) {
            busy = catchThrowableOfType(BusyException.class, turns::take);
        }

        ResponseEntity<ProblemDetail> answer = new ApiErrors().busy(busy);

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("2");
        assertThat(answer.getBody().getTitle()).isEqualTo("Busy");
        assertThat(answer.getBody().getDetail()).contains("at most 1 network views at once",
                "wbcg.query.networks-at-once", "waited 20 ms");
        assertThat(answer.getBody().getProperties()).containsEntry("waitedMs", 20L);
    }
}
