package org.wbcyber.graph.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.wbcyber.graph.cypher.CypherLiteral;
import org.wbcyber.graph.cypher.CypherScript;
import org.wbcyber.graph.cypher.CypherStatement;
import org.wbcyber.graph.model.GraphModel;
import org.wbcyber.graph.model.ModelReader;
import org.wbcyber.graph.support.GraphFingerprint;

/**
 * cypher/load.cypher, run as an analyst runs it (after cypher/schema.cypher, statement by statement) on a Neo4j of
 * its own, writes exactly the graph the application's loader writes from the same data, and running it again
 * changes nothing. Compared with the loader, not with counts, so new curated data needs no change here.
 */
class LoadScriptTest {

    private static Neo4j neo4j;
    private static Driver driver;
    private static GraphModel model;
    private static CuratedGraph curated;

    @BeforeAll
    static void start() throws Exception {
        neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer()
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0).build();
        driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
        model = ModelReader.read(Files.readString(Path.of("cypher/model.yaml")));
        curated = new CuratedDataReader(model).read(CuratedFiles.load("file:cypher/"));
        run("cypher/schema.cypher");
    }

    @AfterAll
    static void stop() {
        driver.close();
        neo4j.close();
    }

    @BeforeEach
    void emptyDatabase() {
        driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
    }

    private static void run(String file) throws Exception {
        List<CypherStatement> statements = CypherScript.parse(Files.readString(Path.of(file)));
        try (Session session = driver.session()) {
            for (CypherStatement statement : statements) {
                session.run(statement.text()).consume();
            }
        }
    }

    private static void loadWithTheLoader() {
        new CuratedGraphWriter(driver, model).write(curated, false);
    }

    private static Map<String, Object> dataset() {
        return driver.executableQuery("MATCH (d:Dataset {id: $id}) RETURN properties(d) AS d")
                .withParameters(Map.of("id", CuratedDataReader.DATASET)).execute().records().get(0).get("d").asMap();
    }

    private static Map<String, Object> withoutLoadedAt(Map<String, Object> dataset) {
        Map<String, Object> copy = new HashMap<>(dataset);
        copy.remove("loadedAt");
        return copy;
    }

    @Test
    void theScriptWritesTheGraphTheLoaderWritesAndRunningItAgainChangesNothing() throws Exception {
        loadWithTheLoader();
        List<String> loaded = GraphFingerprint.dump(driver);
        Map<String, Object> loadedDataset = withoutLoadedAt(dataset());
        emptyDatabase();

        run(LoadScript.FILE);

        assertThat(GraphFingerprint.dump(driver)).containsExactlyElementsOf(loaded);
        assertThat(withoutLoadedAt(dataset())).isEqualTo(loadedDataset);
        assertThat(dataset().get("loadedAt")).isNotNull();
        assertThat(new CuratedGraphWriter(driver, model).write(curated, true).changesNothing())
                .as("the loader finds nothing to do after the script").isTrue();
        Map<String, Object> dataset = dataset();

        run(LoadScript.FILE);

        assertThat(GraphFingerprint.dump(driver)).containsExactlyElementsOf(loaded);
        assertThat(dataset()).as("loadedAt too is unchanged").isEqualTo(dataset);
    }

    @Test
    void theScriptRepairsDriftAndRemovesCuratedRecordsThatLeftTheData() throws Exception {
        loadWithTheLoader();
        List<String> loaded = GraphFingerprint.dump(driver);
        driver.executableQuery("""
                MATCH (rs:Country {id: 'RS'}) SET rs.name = 'Srbija'
                CREATE (:Organisation:Actor {id: 'withdrawn-body', name: 'Withdrawn', kind: 'other', dataset: 'curated'})
                       -[:BASED_IN {dataset: 'curated'}]->(rs)
                CREATE (rs)-[:BORDERS {dataset: 'curated'}]->(rs)""").execute();

        run(LoadScript.FILE);

        assertThat(GraphFingerprint.dump(driver)).containsExactlyElementsOf(loaded);
    }

    @Test
    void literalsReadBackAsTheValuesTheyWrite() {
        List<String> strings = List.of("it's", "\"quoted\"", "back\\slash", "\\'", "line\nbreak\r\n", "tab\tend",
                "Mugoša Đuro ćirilica Ћирилица", "emoji 😀", "nul\u0000bell\u0007", "line\u2028separator",
                "zero\u200Bwidth", "'; MATCH (n) DETACH DELETE n; //", "\\u0041 stays six characters", "");
        String literals = CypherLiteral.of(strings);

        assertThat(driver.executableQuery("RETURN " + literals + " AS v").execute().records().get(0).get("v")
                .asList(value -> value.asString())).isEqualTo(strings);
        assertThat(CypherScript.parse("RETURN " + literals + "; RETURN 1;")).hasSize(2);
    }
}
