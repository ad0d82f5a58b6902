package org.wbcyber.graph.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.wbcyber.graph.support.GraphFingerprint;
import org.wbcyber.graph.support.GraphTest;

/** Loading the curated data into a real Neo4j: at startup, idempotently, all or nothing. */
@GraphTest
class CuratedLoadTest {

    @Autowired
    Driver driver;

    @Autowired
    CuratedDataLoader loader;

    @Autowired
    CuratedGraphWriter writer;

    private long count(String cypher) {
        return driver.executableQuery(cypher).execute().records().get(0).get(0).asLong();
    }

    @Test
    void theCuratedDataIsLoadedAtStartupAndTheDatabaseKnowsWhichVersion() {
        CuratedGraph graph = loader.read();

        assertThat(writer.loadedInputHash()).contains(graph.inputHash());
        graph.nodeCounts().forEach((label, expected) -> assertThat(count(
                "MATCH (n:" + label + ") WHERE n.dataset = 'curated' RETURN count(n)")).as(label).isEqualTo(expected));
        assertThat(count("MATCH ()-[r]->() WHERE r.dataset = 'curated' RETURN count(r)"))
                .isEqualTo(graph.relationships().size());
    }

    @Test
    void loadingTheSameDataAgainChangesNothing() {
        String before = GraphFingerprint.of(driver);

        LoadReport report = loader.load(false);

        assertThat(report.changesNothing()).isTrue();
        assertThat(report.nodes().unchanged()).isEqualTo(loader.read().nodes().size());
        assertThat(GraphFingerprint.of(driver)).isEqualTo(before);
    }

    @Test
    void aDryRunReportsTheDriftAndWritesNothingAndALoadRepairsIt() {
        String before = GraphFingerprint.of(driver);
        driver.executableQuery("MATCH (c:Country {id: 'RS'}) SET c.name = 'Srbija'").execute();
        try {
            LoadReport dryRun = loader.load(true);

            assertThat(dryRun.nodes().updated()).isEqualTo(1);
            assertThat(count("MATCH (c:Country {id: 'RS', name: 'Srbija'}) RETURN count(c)")).isOne();

            LoadReport load = loader.load(false);

            assertThat(load.nodes().updated()).isEqualTo(1);
            assertThat(GraphFingerprint.of(driver)).isEqualTo(before);
        } finally {
            loader.load(false);
        }
    }

    @Test
    void curatedRecordsThatLeftTheDataAreRemoved() {
        String before = GraphFingerprint.of(driver);
        driver.executableQuery("""
                MATCH (rs:Country {id: 'RS'})
                CREATE (:Organisation:Actor {id: 'withdrawn-body', name: 'Withdrawn', kind: 'other', dataset: 'curated'})
                       -[:BASED_IN {dataset: 'curated'}]->(rs)""").execute();

        LoadReport report = loader.load(false);

        assertThat(report.nodes().removed()).isEqualTo(1);
        assertThat(report.relationships().removed()).isEqualTo(1);
        assertThat(GraphFingerprint.of(driver)).isEqualTo(before);
    }

    @Test
    void aLoadThatFailsHalfwayLeavesTheGraphAsItWas() {
        String before = GraphFingerprint.of(driver);
        CuratedGraph curated = loader.read();
        List<NodeRow> nodes = new ArrayList<>();
        for (NodeRow row : curated.nodes()) {
            Map<String, Object> properties = new LinkedHashMap<>(row.properties());
            properties.put("name", "renamed before the failure");
            nodes.add(new NodeRow(row.label(), row.labels(), row.id(), properties));
        }
        nodes.add(new NodeRow("Theme", List.of("Theme"), "unwritable",
                Map.of("id", "unwritable", "nested", Map.of("maps", "are not property values"))));
        CuratedGraph failing = new CuratedGraph(nodes, curated.relationships(), "failing-load");

        assertThatThrownBy(() -> writer.write(failing, false)).isInstanceOf(RuntimeException.class);

        assertThat(GraphFingerprint.of(driver)).isEqualTo(before);
        assertThat(writer.loadedInputHash()).contains(curated.inputHash());
    }
}
