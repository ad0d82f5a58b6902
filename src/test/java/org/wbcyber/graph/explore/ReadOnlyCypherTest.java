package org.wbcyber.graph.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.wbcyber.graph.support.Api;
import org.wbcyber.graph.support.ApiTest;
import org.wbcyber.graph.support.GraphFingerprint;

import tools.jackson.databind.JsonNode;

/**
 * POST /api/cypher answers reading queries from the curated graph, and refuses, or fails, every query that would
 * change the graph, the schema or the DBMS, read the server's files or run without bounds, leaving it all as it
 * was.
 */
class ReadOnlyCypherTest extends ApiTest {

    @Autowired
    Driver driver;

    @Test
    void aQueryWithParametersAnswersFromTheCuratedGraph() {
        JsonNode answer = ok(request("MATCH (c:Country {id: $id}) RETURN c.name AS name", Map.of("id", "RS")));

        assertThat(Api.texts(answer.path("columns"), null)).containsExactly("name");
        assertThat(answer.path("rows").path(0).path(0).asString()).isEqualTo("Serbia");
        assertThat(answer.path("rowCount").asInt()).isEqualTo(1);
        assertThat(answer.path("truncated").asBoolean()).isFalse();
        assertThat(answer.path("graph").path("nodes")).isEmpty();
    }

    @Test
    void nodesInRowsAreAlsoInTheGraph() {
        JsonNode answer = ok(request("MATCH (c:Country {id: $id}) RETURN c, [c] AS again", Map.of("id", "RS")));

        JsonNode node = answer.path("rows").path(0).path(0);
        assertThat(Api.texts(node.path("labels"), null)).contains("Country");
        assertThat(node.path("properties").path("name").asString()).isEqualTo("Serbia");
        assertThat(answer.path("rows").path(0).path(1).path(0).path("id").asString()).isEqualTo(node.path("id").asString());
        assertThat(answer.path("graph").path("nodes")).hasSize(1);
        assertThat(answer.path("graph").path("nodes").path(0).path("id").asString()).isEqualTo(node.path("id").asString());
    }

    @Test
    void pathsGiveADrawableGraphOfTheirNodesAndRelationships() {
        JsonNode answer = ok(request("MATCH p = (:Country {id: $id})-[*1..2]-() RETURN p LIMIT 5", Map.of("id", "RS")));

        JsonNode path = answer.path("rows").path(0).path(0);
        assertThat(path.path("nodes").size()).isEqualTo(path.path("relationships").size() + 1);
        assertThat(path.path("nodes").path(0).path("properties").path("id").asString()).isEqualTo("RS");
        assertGraphIsDrawable(answer.path("graph"));
        assertThat(answer.path("graph").path("relationships").size()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void relationshipsWithoutTheirNodesBringTheirEndsIntoTheGraph() {
        JsonNode answer = ok(request("MATCH (:Country {id: $id})-[r]-() RETURN r LIMIT 3", Map.of("id", "RS")));

        JsonNode relationship = answer.path("rows").path(0).path(0);
        assertThat(relationship.path("type").asString()).isNotBlank();
        assertThat(relationship.path("start").asString()).isNotBlank();
        assertThat(answer.path("graph").path("relationships")).hasSize(answer.path("rowCount").asInt());
        assertGraphIsDrawable(answer.path("graph"));
    }

    @Test
    void theRowCapTruncatesAndSaysSo() {
        JsonNode capped = ok(request("MATCH (c:Country) RETURN c.id ORDER BY c.id", Map.of(), null, 3));
        JsonNode exact = ok(request("UNWIND range(1, 5) AS x RETURN x", Map.of(), null, 5));

        assertThat(capped.path("rows")).hasSize(3);
        assertThat(capped.path("rowCount").asInt()).isEqualTo(3);
        assertThat(capped.path("truncated").asBoolean()).isTrue();
        assertThat(exact.path("rowCount").asInt()).isEqualTo(5);
        assertThat(exact.path("truncated").asBoolean()).isFalse();
    }

    @Test
    void valuesBecomeJsonFriendly() {
        JsonNode row = ok(request("""
                RETURN date('2024-01-02') AS day, datetime('2024-01-02T03:04:05Z') AS moment, duration('P1D') AS span,
                       point({x: 1, y: 2}) AS place, 0.0 / 0.0 AS nan, [1, 'a', null] AS list, {a: {b: [true]}} AS map,
                       $big AS big""", Map.of("big", 9_007_199_254_740_993L))).path("rows").path(0);

        assertThat(row.path(0).asString()).isEqualTo("2024-01-02");
        assertThat(row.path(1).asString()).isEqualTo("2024-01-02T03:04:05Z");
        assertThat(row.path(2).asString()).isEqualTo("P0M1DT0S");
        assertThat(row.path(3).path("x").asDouble()).isEqualTo(1.0);
        assertThat(row.path(3).path("srid").asInt()).isEqualTo(7203);
        assertThat(row.path(4).asString()).isEqualTo("NaN");
        assertThat(row.path(5).toString()).isEqualTo("[1,\"a\",null]");
        assertThat(row.path(6).toString()).isEqualTo("{\"a\":{\"b\":[true]}}");
        assertThat(row.path(7).asLong()).isEqualTo(9_007_199_254_740_993L);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CALL db.labels() YIELD label RETURN label ORDER BY label                          | Country
            SHOW INDEXES YIELD name RETURN name ORDER BY name                                | names
            CALL db.index.fulltext.queryNodes('names', 'serbia') YIELD node RETURN node.id   | RS
            MATCH (c:Country) WHERE c.id = 'RS' RETURN c.name /* no ; here */ // nor here ;  | Serbia
            """)
    void readingProceduresAndSchemaCommandsAnswer(String query, String expected) {
        JsonNode answer = ok(request(query, Map.of()));

        List<String> values = new ArrayList<>();
        answer.path("rows").forEach(row -> values.add(row.path(0).asString()));
        assertThat(values).contains(expected);
    }

    @Test
    void parametersNeverBecomeCypher() {
        String before = state();

        JsonNode answer = ok(request("MATCH (c:Country {id: $id}) RETURN c.name",
                Map.of("id", "RS'}) DETACH DELETE c //")));

        assertThat(answer.path("rowCount").asInt()).isZero();
        assertThat(state()).isEqualTo(before);
    }

    static Stream<Arguments> hostile() {
        return Stream.of(
                hostile("CREATE (x:Intruder {id: 'x'}) RETURN x", 403, "writes: CREATE"),
                hostile("MERGE (c:Country {id: 'ZZ'}) RETURN c", 403, "writes: MERGE"),
                hostile("MATCH (c:Country {id: 'RS'}) SET c.name = 'Pwned'", 403, "writes: SET"),
                hostile("MATCH (c:Country {id: 'RS'}) SET c:Pwned", 403, "writes: SET"),
                hostile("MATCH (c:Country {id: 'RS'}) DELETE c", 403, "writes: DELETE"),
                hostile("MATCH (n) DETACH DELETE n", 403, "writes: DETACH DELETE"),
                hostile("MATCH (c:Country {id: 'RS'}) REMOVE c.name", 403, "writes: SET"),
                hostile("MATCH (c:Country {id: 'RS'}) REMOVE c:Country", 403, "writes: REMOVE"),
                hostile("MATCH (a:Country {id: 'RS'}), (b:Country {id: 'FR'}) CREATE (a)-[:INTRUDES]->(b)", 403, "CREATE"),
                hostile("FOREACH (i IN range(1, 3) | CREATE (:Intruder {i: i}))", 403, "writes: FOREACH"),
                hostile("CALL { CREATE (x:Intruder) RETURN x } RETURN x", 403, "writes: CREATE"),
                hostile("MATCH (c:Country {id: 'RS'}) CALL { WITH c SET c.name = 'Pwned' } RETURN c", 403, "writes: SET"),
                hostile("UNWIND range(1, 3) AS i CALL { WITH i CREATE (:Intruder {i: i}) } IN TRANSACTIONS", 403, "IN TRANSACTIONS"),
                hostile("MATCH (n) CALL { WITH n RETURN n.id AS id } IN TRANSACTIONS RETURN id", 403, "IN TRANSACTIONS"),
                hostile("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", 403, "LOAD CSV"),
                hostile("LOAD CSV WITH HEADERS FROM 'https://example.org/x.csv' AS row CREATE (:Intruder)", 403, "LOAD CSV"),
                hostile("CREATE INDEX intruder FOR (n:Country) ON (n.name)", 403, "writes: CREATE INDEX"),
                hostile("CREATE CONSTRAINT intruder FOR (n:Intruder) REQUIRE n.id IS UNIQUE", 403, "CREATE CONSTRAINT"),
                hostile("DROP INDEX names", 403, "DROP INDEX"),
                hostile("DROP CONSTRAINT country_id", 403, "DROP CONSTRAINT"),
                hostile("CREATE USER intruder SET PASSWORD 'secret-secret'", 403, "Administration commands"),
                hostile("ALTER USER neo4j SET PASSWORD 'taken-over'", 403, "Administration commands"),
                hostile("CALL dbms.security.createUser('intruder', 'secret-secret', false)", 400, "dbms.security.createUser"),
                hostile("CREATE DATABASE intruder", 400, "CREATE DATABASE"),
                hostile("STOP DATABASE neo4j", 400, "Unsupported administration command"),
                hostile("SHOW USERS", 403, "Administration commands"),
                hostile("SHOW DATABASES", 403, "Administration commands"),
                hostile("SHOW TRANSACTIONS", 403, "SHOW TRANSACTIONS is not available"),
                hostile("SHOW SETTINGS", 403, "SHOW SETTINGS is not available"),
                hostile("TERMINATE TRANSACTIONS 'neo4j-transaction-1'", 403, "TERMINATE TRANSACTIONS is not available"),
                hostile("CALL db.createLabel('Intruder')", 403, "Procedure db.createLabel"),
                hostile("CALL db.createRelationshipType('INTRUDES')", 403, "Procedure db.createRelationshipType"),
                hostile("CALL db.index.fulltext.drop('names')", 400, "db.index.fulltext.drop"),
                hostile("CALL db.index.fulltext.createNodeIndex('intruder', ['Country'], ['name'])", 400, "createNodeIndex"),
                hostile("CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')", 400, "dbms.setConfigValue"),
                hostile("CALL dbms.listConfig()", 403, "Procedure dbms.listConfig"),
                hostile("CALL tx.setMetaData({owner: 'intruder'})", 403, "Procedure tx.setMetaData"),
                hostile("CALL db.clearQueryCaches()", 403, "Procedure db.clearQueryCaches"),
                hostile("CALL db.stats.collect('QUERIES')", 403, "Procedure db.stats.collect"),
                hostile("CALL apoc.create.node(['Intruder'], {})", 400, "apoc.create.node"),
                hostile("CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})", 400, "apoc.periodic.iterate"),
                hostile("MATCH (n) RETURN n; CREATE (x:Intruder)", 403, "2 statements"),
                hostile("MATCH (n) RETURN count(n);\nMATCH (n) DETACH DELETE n;", 403, "2 statements"),
                hostile("/* only reading */ CREATE (:Intruder)", 403, "writes: CREATE"),
                hostile("MATCH (c:Country) // just reading\nCREATE (:Intruder)", 403, "writes: CREATE"),
                hostile("cReAtE (:Intruder)", 403, "writes: CREATE"),
                hostile("\\u0043REATE (:Intruder)", 400, "Invalid input"),
                hostile("CREATE (:`\\u0049ntruder`)", 403, "writes: CREATE"),
                hostile("EXPLAIN CREATE (:Intruder)", 403, "writes: CREATE"),
                hostile("PROFILE CREATE (:Intruder)", 400, "execution mode"),
                hostile("CYPHER runtime=slotted CREATE (:Intruder)", 403, "writes: CREATE"),
                hostile("USE system SHOW USERS", 400, "USE"),
                hostile("USE system CALL db.labels()", 403, "database 'system'"),
                hostile("USE system MATCH (n) RETURN n", 400, "system database"),
                hostile("USE system CREATE USER intruder SET PASSWORD 'secret-secret'", 400, "USE"),
                hostile("WITH 1 AS x CREATE (:Intruder {x: x})", 403, "writes: CREATE"),
                hostile("UNWIND range(1, 10) AS i MERGE (:Intruder {i: i})", 403, "writes: MERGE"),
                hostile("MATCH (c:Country {id: 'RS'}) SET c += $props", Map.of("props", Map.of("name", "Pwned")), 403, "writes: SET"),
                hostile("MATCH (c:Country {id: 'RS'}) FOREACH (x IN CASE WHEN c.name = 'Serbia' THEN [1] ELSE [] END | SET c.name = 'Pwned')", 403, "writes: FOREACH"),
                hostile("MATCH (c:Country {id: 'RS'}) RETURN CASE WHEN true THEN COLLECT { CREATE (x:Intruder) RETURN x } END", 400, "cannot contain any updates"),
                hostile("LOAD CSV FROM $url AS line RETURN line", Map.of("url", "file:///etc/passwd"), 403, "LOAD CSV"));
    }

    private static Arguments hostile(String query, int status, String reason) {
        return hostile(query, Map.of(), status, reason);
    }

    private static Arguments hostile(String query, Map<String, Object> parameters, int status, String reason) {
        return Arguments.of(query, parameters, status, reason);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void hostileQueriesAreRefusedAndChangeNothing(String query, Map<String, Object> parameters, int status,
            String reason) {
        String before = state();

        Api.Response response = api.postJson("/api/cypher", request(query, parameters));

        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).contains("application/problem+json");
        assertThat(response.json().path("detail").asString()).contains(reason);
        assertThat(state()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            UNWIND range(1, 100000000) AS x WITH x WHERE x = -1 RETURN x
            MATCH (a), (b), (c), (d), (e) WHERE a <> e RETURN count(*)
            """)
    void runawayQueriesStopAtTheTimeout(String query) {
        ok(request("RETURN 1", Map.of())); // the first request of a test JVM warms up more than this endpoint
        long start = System.nanoTime();

        Api.Response response = api.postJson("/api/cypher", request(query, Map.of(), 1000, null));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.json().path("detail").asString()).contains("limit of 1000 ms");
    }

    @Test
    void syntaxErrorsAreA400WithNeo4jsMessageWhereTheUserWroteIt() {
        Api.Response response = api.postJson("/api/cypher", request("MATCH (c:Country RETURN c", Map.of()));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("code").asString()).isEqualTo("Neo.ClientError.Statement.SyntaxError");
        String detail = response.json().path("detail").asString();
        assertThat(detail).contains("line 1, column 18 (offset: 17)").contains("\"MATCH (c:Country RETURN c\"")
                .doesNotContain("EXPLAIN");
        assertThat(detail.substring(detail.indexOf('^') - 17, detail.indexOf('^'))).isBlank();
    }

    @Test
    void aMissingQueryParameterIsA400NamingIt() {
        Api.Response response = api.postJson("/api/cypher", request("MATCH (c:Country {id: $id}) RETURN c", Map.of()));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("detail").asString()).contains("id");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"query": ""}                                             | query       | missing or empty
            {"query": "   "}                                          | query       | missing or empty
            {"parameters": {}}                                        | query       | missing or empty
            {"query": "// nothing but a comment"}                     | query       | only comments
            {"query": "RETURN 1", "parameters": "RS"}                 | parameters  | a JSON object
            {"query": "RETURN 1", "parameters": [1, 2]}               | parameters  | a JSON object
            {"query": "RETURN 1", "timeoutMs": "soon"}                | timeoutMs   | a number
            {"query": "RETURN 1", "timeoutMs": 60000}                 | timeoutMs   | 1 to 5000
            {"query": "RETURN 1", "timeoutMs": 0}                     | timeoutMs   | 1 to 5000
            {"query": "RETURN 1", "maxRows": 0}                       | maxRows     | 1 to 1000
            {"query": "RETURN 1", "maxRows": 100000}                  | maxRows     | 1 to 1000
            {"query": "RETURN $n", "parameters": {"n": 100000000000000000000000}} | parameters | beyond Neo4j's 64-bit integers
            {"query": 42}                                             |             | 
            """)
    void badRequestsAreA400NamingWhatIsWrong(String body, String parameter, String message) {
        Api.Response response = api.post("/api/cypher", body);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        if (parameter != null) {
            assertThat(response.json().path("parameter").asString()).isEqualTo(parameter);
            assertThat(response.json().path("detail").asString()).contains(message);
        }
    }

    @Test
    void aTooLongQueryIsA400() {
        Api.Response response = api.postJson("/api/cypher", request("RETURN '" + "x".repeat(10_000) + "'", Map.of()));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("parameter").asString()).isEqualTo("query");
        assertThat(response.json().path("detail").asString()).contains("10009 characters long; at most 10000");
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
            ''                  | missing or unreadable
            {"query": "RETURN   | not valid JSON
            [1, 2]              | should be a JSON object
            """)
    void aMissingOrBrokenBodyIsA400(String body, String message) {
        Api.Response response = api.post("/api/cypher", body);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().path("detail").asString()).contains(message);
    }

    @Test
    void aBodyThatIsNotJsonIsA415SayingWhatToSend() {
        Api.Response response = api.post("/api/cypher", "query=RETURN 1", "application/x-www-form-urlencoded");

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.json().path("detail").asString()).contains("application/json");
    }

    @Test
    void theOpenApiDescriptionDocumentsTheEndpointAndItsRefusals() {
        JsonNode operation = api.ok("/v3/api-docs").path("paths").path("/api/cypher").path("post");

        assertThat(operation.path("summary").asString()).contains("read-only Cypher");
        assertThat(operation.path("responses").propertyNames()).contains("200", "400", "403", "422");
    }

    private JsonNode ok(Map<String, Object> request) {
        Api.Response response = api.postJson("/api/cypher", request);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static Map<String, Object> request(String query, Map<String, Object> parameters) {
        return request(query, parameters, null, null);
    }

    private static Map<String, Object> request(String query, Map<String, Object> parameters, Integer timeoutMs,
            Integer maxRows) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("query", query);
        request.put("parameters", parameters);
        if (timeoutMs != null) {
            request.put("timeoutMs", timeoutMs);
        }
        if (maxRows != null) {
            request.put("maxRows", maxRows);
        }
        return request;
    }

    /** Every relationship's ends are among the nodes, and nothing appears twice. */
    private static void assertGraphIsDrawable(JsonNode graph) {
        List<String> nodes = Api.texts(graph.path("nodes"), "id");
        assertThat(nodes).doesNotHaveDuplicates();
        assertThat(Api.texts(graph.path("relationships"), "id")).doesNotHaveDuplicates();
        graph.path("relationships").forEach(relationship -> assertThat(nodes)
                .contains(relationship.path("start").asString(), relationship.path("end").asString()));
    }

    /** The graph, the schema, the users and the databases: all a hostile query could change. */
    private String state() {
        Map<String, Object> state = new HashMap<>();
        state.put("graph", GraphFingerprint.of(driver));
        state.put("indexes", column("SHOW INDEXES YIELD name RETURN name ORDER BY name", null));
        state.put("constraints", column("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name", null));
        state.put("users", column("SHOW USERS YIELD user, suspended RETURN user + toString(suspended) ORDER BY user", "system"));
        state.put("databases", column("SHOW DATABASES YIELD name, currentStatus RETURN name + currentStatus ORDER BY name", "system"));
        state.put("labels", column("CALL db.labels() YIELD label RETURN label ORDER BY label", null));
        return new java.util.TreeMap<>(state).toString();
    }

    private List<String> column(String query, String database) {
        SessionConfig config = database == null ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
        try (var session = driver.session(config)) {
            return session.run(query).list(row -> row.get(0).toString());
        }
    }
}
