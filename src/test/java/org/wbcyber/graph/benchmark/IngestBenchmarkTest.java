package org.wbcyber.graph.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jTemplate;
import org.wbcyber.graph.ingest.ImportOptions;
import org.wbcyber.graph.ingest.ImportService;
import org.wbcyber.graph.support.GraphTest;
import org.wbcyber.graph.support.TestDirectories;
import org.wbcyber.graph.support.UndoImports;
import org.wbcyber.graph.synthetic.SyntheticGraph;

/**
 * The ingest benchmark compares like with like: the naive Spring Data Neo4j code writes the relationships, with
 * their role and evidence, that the import writes for the same rows. Nothing here is timed.
 */
@GraphTest
class IngestBenchmarkTest {

    @Autowired
    Driver driver;

    @Autowired
    ImportService imports;

    @Autowired
    Neo4jTemplate template;

    /** The naive saves write onto the imported synthetic nodes only: deleting those leaves the graph as it was. */
    @RegisterExtension
    final UndoImports undo = new UndoImports("csv");

    @Test
    void theNaiveSavesWriteWhatTheImportWritesForTheSameRows() throws IOException {
        Path dir = TestDirectories.fresh("naive");
        new SyntheticGraph(0.002, 42).write(dir);
        for (String file : SyntheticGraph.FILES.subList(0, 4)) {
            imports.run(imports.reader("csv").orElseThrow(), dir.resolve(file), ImportOptions.defaults(), line -> {
            });
        }
        List<CSVRecord> rows = new ArrayList<>();
        Set<String> types = new TreeSet<>();
        try (Reader reader = Files.newBufferedReader(dir.resolve("relations.csv"))) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                if (types.add(row.get("type")) || rows.size() < 40) {
                    rows.add(row);
                }
            }
        }
        assertThat(types).containsExactly("BENEFITS", "FUNDS", "IMPLEMENTS", "ORGANISED", "PARTICIPATES_IN");

        IngestBenchmark.NaiveIngest naive = new IngestBenchmark.NaiveIngest(template);
        rows.forEach(naive::write);

        for (CSVRecord row : rows) {
            List<Record> found = driver.executableQuery("""
                    MATCH ({id: $from})-[r]->({id: $to}) WHERE type(r) = $type
                    RETURN r.role AS role, r.sources AS sources, r.quotes AS quotes, r.valueDate AS valueDate""")
                    .withParameters(Map.of("from", row.get("from"), "to", row.get("to"), "type", row.get("type")))
                    .execute().records();
            assertThat(found).as(row.toString()).singleElement().satisfies(r -> {
                assertThat(r.get("role").asString(null)).isEqualTo(row.get("role").isEmpty() ? null : row.get("role"));
                assertThat(r.get("sources").asList()).containsExactly(row.get("source"));
                assertThat(r.get("quotes").asList()).containsExactly(row.get("quote"));
                assertThat(r.get("valueDate").asString(null)).isEqualTo(row.get("start").isEmpty() ? null
                        : row.get("start"));
            });
        }
        // Saving an organisation again keeps the relationships saved before.
        assertThat(driver.executableQuery("MATCH ()-[r {dataset: 'naive'}]->() RETURN count(r) AS n").execute()
                .records().get(0).get("n").asLong()).isEqualTo(rows.size());
    }

    @Test
    void theTablePutsTheThreePathsSideBySide() {
        String table = IngestBenchmark.table(List.of(
                new IngestBenchmark.Figure("bulk", 1, 100_000, 2, ""),
                new IngestBenchmark.Figure("normal", 1, 100_000, 20, ""),
                new IngestBenchmark.Figure("naive", 1, 500, 10, "a sample of 500")));
        assertThat(table).contains("bulk     SF 1         100000        2.0          50000")
                .contains("naive    SF 1            500       10.0             50  a sample of 500")
                .contains("SF 1: bulk = 10.0 × normal, 1000 × naive");
    }

    @Test
    void unknownOptionsAndBadNumbersAreNamed() {
        assertThatThrownBy(() -> IngestBenchmark.settings(List.of("--scale=1")))
                .hasMessage("ingest does not take --scale=1.");
        assertThatThrownBy(() -> IngestBenchmark.settings(List.of("--scales=1,x")))
                .hasMessage("Bad --scales=1,x: give a number.");
        assertThat(IngestBenchmark.settings(List.of("--scales=0.5,2", "--naive-rows=10")).scales())
                .containsExactly(0.5, 2.0);
        assertThatThrownBy(() -> IngestBenchmark.settings(List.of("--paths=bulk,fast")))
                .hasMessage("Unknown path 'fast' in --paths: give some of bulk, initial, normal, naive.");
    }

    @Test
    void pathsNamesTheWaysOfWritingToMeasureAllFourByDefault() {
        assertThat(IngestBenchmark.settings(List.of()).paths()).containsExactly("bulk", "initial", "normal", "naive");
        assertThat(IngestBenchmark.settings(List.of("--paths=naive,bulk")).paths()).containsExactly("bulk", "naive");
    }

    @Test
    void theTableComparesThePathsOnlyWhenTheyWereMeasured() {
        assertThat(IngestBenchmark.table(List.of(new IngestBenchmark.Figure("bulk", 1, 100_000, 2, ""))))
                .contains("bulk     SF 1         100000        2.0          50000").doesNotContain("×");
        assertThat(IngestBenchmark.table(List.of(new IngestBenchmark.Figure("bulk", 1, 100_000, 2, ""),
                new IngestBenchmark.Figure("initial", 1, 100_000, 0.5, "build"))))
                .contains("initial  SF 1         100000        0.5         200000  build")
                .contains("SF 1: initial store = 4.0 × bulk").doesNotContain("normal");
    }
}
