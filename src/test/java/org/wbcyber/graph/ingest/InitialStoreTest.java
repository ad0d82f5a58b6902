package org.wbcyber.graph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ResourceLoader;
import org.wbcyber.graph.WbCyberGraphApplication;
import org.wbcyber.graph.curation.CuratedDataLoader;
import org.wbcyber.graph.model.GraphModel;
import org.wbcyber.graph.support.GraphFingerprint;
import org.wbcyber.graph.support.GraphTest;
import org.wbcyber.graph.support.TestDirectories;
import org.wbcyber.graph.support.UndoImports;
import org.wbcyber.graph.synthetic.SyntheticGraph;

/**
 * {@code initial-store}: Neo4j's offline importer builds the graph that the bulk path writes into the curated
 * graph, once the application has started on it; invalid files, restated curated data and a used directory are
 * refused before anything is written.
 */
@GraphTest
class InitialStoreTest {

    private static Path dir;

    @RegisterExtension
    final UndoImports undo = new UndoImports("csv");

    @Autowired
    Driver driver;

    @Autowired
    ImportService imports;

    @Autowired
    GraphModel model;

    @Autowired
    ResourceLoader resources;

    @Autowired
    CuratedDataLoader curated;

    @BeforeAll
    static void writeTheFiles() throws IOException {
        dir = TestDirectories.fresh("initial");
        new SyntheticGraph(0.01, 11).write(dir.resolve("synthetic"));
    }

    @Test
    void theApplicationStartedOnTheInitialStoreHoldsTheGraphTheBulkPathWritesIntoTheCuratedGraph() throws IOException {
        for (String file : SyntheticGraph.FILES) {
            assertThat(imports.run(imports.reader("csv").orElseThrow(), dir.resolve("synthetic").resolve(file),
                    ImportOptions.defaults().withBulk(true), line -> {
                    }).written()).as(file).isTrue();
        }
        List<String> bulk = GraphFingerprint.dump(driver);
        Map<String, String> bulkDatasets = datasets(driver);

        Path store = dir.resolve("store");
        List<String> progress = new ArrayList<>();
        InitialStore.Built built = store().build(store, files(), progress::add);

        assertThat(built.relationships()).isEqualTo(countRelationships(bulk));
        assertThat(progress).anySatisfy(line -> assertThat(line).contains("IMPORT DONE"));
        try (ConfigurableApplicationContext application = startOn(store)) {
            Driver onStore = application.getBean(Driver.class);
            List<String> initial = GraphFingerprint.dump(onStore);
            assertThat(initial).hasSize(bulk.size()).isEqualTo(bulk);
            assertThat(datasets(onStore)).isEqualTo(bulkDatasets);
            // The schema is the shared server's, and the full-text index holds the curated nodes the first start
            // filled in (the files named Serbia only by its id) as well as the imported ones.
            assertThat(names(onStore, "SHOW CONSTRAINTS YIELD name RETURN name"))
                    .isEqualTo(names(driver, "SHOW CONSTRAINTS YIELD name RETURN name"));
            onStore.executableQuery("CALL db.awaitIndexes(60)").execute();
            assertThat(names(onStore, """
                    CALL db.index.fulltext.queryNodes('names', 'serbia') YIELD node
                    WHERE node:Country RETURN node.id + ' ' + node.name AS name""")).contains("RS Serbia");
            String synthetic = names(onStore, "MATCH (o:Organisation {id: 'syn-org-1'}) RETURN o.name AS name").get(0);
            assertThat(onStore.executableQuery("""
                    CALL db.index.fulltext.queryNodes('names', '"' + $name + '"') YIELD node RETURN node.id AS id""")
                    .withParameters(Map.of("name", synthetic)).execute().records().stream()
                    .map(r -> r.get("id").asString()).toList()).contains("syn-org-1");
        }
    }

    @Test
    void anInvalidFileIsRefusedNamingItsLinesAndNothingIsWritten() throws IOException {
        Path bad = dir.resolve("relations-bad.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve("synthetic/relations.csv")).subList(0, 50));
        lines.add("syn-org-1,FUNDS,syn-project-nowhere,funder,,,syn-source-1,Synthetic donor 1 funds nothing");
        Files.write(bad, lines, StandardCharsets.UTF_8);
        List<Path> files = new ArrayList<>(files().subList(0, 4));
        files.add(bad);
        Path store = dir.resolve("never");

        assertThatThrownBy(() -> store().build(store, files, line -> {
        })).isInstanceOf(InitialStore.InvalidFilesException.class)
                .hasMessageContaining("in relations-bad.csv; nothing was written")
                .hasMessageContaining("relations-bad.csv:51")
                .hasMessageContaining("syn-project-nowhere");
        assertThat(store).doesNotExist();
        assertThat(dir.resolve(".never.initial-store")).doesNotExist();
    }

    @Test
    void aFileThatRestatesCuratedDataOrAnEarlierFileIsRefused() throws IOException {
        Path restating = dir.resolve("actors-curated.csv");
        List<String> actors = Files.readAllLines(dir.resolve("synthetic/actors.csv"));
        String curatedId = curated.read().nodes().stream().filter(n -> n.label().equals("Organisation"))
                .findFirst().orElseThrow().id();
        List<String> lines = new ArrayList<>(List.of(actors.get(0), actors.get(1)));
        lines.add(actors.get(2).replaceFirst("^[^,]*", curatedId));
        Files.write(restating, lines, StandardCharsets.UTF_8);
        List<Path> files = List.of(dir.resolve("synthetic/sources.csv"), restating);

        assertThatThrownBy(() -> store().build(dir.resolve("restating"), files, line -> {
        })).isInstanceOf(InitialStore.InvalidFilesException.class)
                .hasMessageContaining("actors-curated.csv:3")
                .hasMessageContaining("'" + curatedId + "' is curated data");

        List<Path> twice = List.of(dir.resolve("synthetic/sources.csv"), dir.resolve("synthetic/actors.csv"),
                dir.resolve("synthetic/actors.csv"));
        assertThatThrownBy(() -> store().build(dir.resolve("twice"), twice, line -> {
        })).isInstanceOf(InitialStore.InvalidFilesException.class)
                .hasMessageContaining("is stated by an earlier file too");
        assertThat(dir.resolve("restating")).doesNotExist();
        assertThat(dir.resolve("twice")).doesNotExist();
    }

    @Test
    void aDirectoryThatHoldsAnythingIsLeftAlone() throws IOException {
        Path used = Files.createDirectories(dir.resolve("used"));
        Files.writeString(used.resolve("keep.txt"), "mine");

        assertThatThrownBy(() -> store().build(used, files(), line -> {
        })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not empty");
        assertThat(Files.readString(used.resolve("keep.txt"))).isEqualTo("mine");
    }

    private InitialStore store() {
        return new InitialStore(model, resources, imports.reader("csv").orElseThrow(), curated.read());
    }

    private static List<Path> files() {
        return SyntheticGraph.FILES.stream().map(file -> dir.resolve("synthetic").resolve(file)).toList();
    }

    private static long countRelationships(List<String> dump) {
        return dump.stream().filter(line -> line.startsWith("R") && line.contains("dataset=\"csv:")).count();
    }

    private static List<String> names(Driver driver, String query) {
        return driver.executableQuery(query).execute().records().stream().map(r -> r.get("name").asString())
                .sorted().toList();
    }

    /** The Dataset nodes of the imports, without the time they were written. */
    private static Map<String, String> datasets(Driver driver) {
        Map<String, String> datasets = new TreeMap<>();
        driver.executableQuery("""
                MATCH (d:Dataset) WHERE d.id STARTS WITH 'csv:'
                RETURN d.id AS id, [d.name, d.inputHash, d.status, d.nodes, d.relationships] AS rest""")
                .execute().records().forEach(r -> datasets.put(r.get("id").asString(), r.get("rest").toString()));
        return datasets;
    }

    private static ConfigurableApplicationContext startOn(Path store) throws IOException {
        SpringApplication application = new SpringApplication(WbCyberGraphApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        return application.run("--wbcg.embedded.data-dir=" + store.toAbsolutePath(),
                "--wbcg.embedded.bolt-port=" + freePort(), "--wbcg.embedded.http-port=" + freePort(),
                "--wbcg.embedded.listen-address=127.0.0.1", "--logging.level.root=warn");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
