package org.wbcyber.graph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ResourceLoader;
import org.wbcyber.graph.model.GraphModel;
import org.wbcyber.graph.schema.SchemaBootstrap;
import org.wbcyber.graph.support.FailingFirstAttempts;
import org.wbcyber.graph.support.GraphFingerprint;
import org.wbcyber.graph.support.GraphTest;
import org.wbcyber.graph.support.UndoImports;
import org.wbcyber.graph.support.ImportedData;
import org.wbcyber.graph.support.TestDirectories;
import org.wbcyber.graph.synthetic.SyntheticGraph;

/**
 * The bulk path ({@code import … --bulk}) writes what the normal path writes, batch by batch: the same graph from
 * the same files, updates and added evidence included; an interrupted run resumes where it stopped; invalid input
 * writes nothing.
 */
@GraphTest
class BulkImportTest {

    private static final List<String> AMENDMENTS = List.of("sources.csv", "actors.csv", "projects.csv",
            "events.csv", "relations.csv", "projects-again.csv", "relations-again.csv", "relations-by-donor.csv");

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
    List<ImportReader> readers;

    @Autowired
    ResourceLoader resources;

    @Autowired
    SchemaBootstrap schema;

    @BeforeAll
    static void writeTheFiles() throws IOException {
        dir = TestDirectories.fresh("bulk");
        new SyntheticGraph(0.005, 7).write(dir);
        // Files that state again some of what the first ones did: a shorter period, another quote, another role.
        List<String> projects = Files.readAllLines(dir.resolve("projects.csv"));
        List<String> again = new ArrayList<>(List.of(projects.get(0)));
        projects.subList(1, 6).forEach(line -> again.add(line
                .replaceFirst(",(\\d{4}-\\d{2}),(\\d{4}-\\d{2}),", ",$1,,")
                .replaceFirst(",([^,]*)$", ",Restated: $1")));
        Files.write(dir.resolve("projects-again.csv"), again, StandardCharsets.UTF_8);
        List<String> relations = Files.readAllLines(dir.resolve("relations.csv"));
        List<String> restated = new ArrayList<>(List.of(relations.get(0)));
        Map<String, String> otherRole = Map.of("funder", "co-financer", "co-financer", "funder", "lead", "partner",
                "partner", "lead", "host", "co-organiser", "co-organiser", "host");
        relations.subList(1, 31).forEach(line -> {
            String[] cells = line.split(",", -1);
            cells[3] = otherRole.getOrDefault(cells[3], cells[3]);
            cells[7] = "Restated: " + cells[7];
            restated.add(String.join(",", cells));
        });
        Files.write(dir.resolve("relations-again.csv"), restated, StandardCharsets.UTF_8);
        // One donor funding several projects: rows that share their start, sent grouped by it.
        String donor = relations.stream().map(line -> line.split(",", -1)).filter(cells -> cells[1].equals("FUNDS"))
                .findFirst().orElseThrow()[0];
        List<String> byDonor = new ArrayList<>(List.of(relations.get(0)));
        for (int project = 1; project <= 6; project++) {
            byDonor.add(donor + ",FUNDS,syn-project-" + project + ",funder,,,syn-source-1,Donor " + donor
                    + " funds project " + project);
        }
        Files.write(dir.resolve("relations-by-donor.csv"), byDonor, StandardCharsets.UTF_8);
    }



    @Test
    void theBulkPathWritesTheSameGraphAsTheNormalPath() {
        for (String file : AMENDMENTS) {
            assertThat(importFile(file, ImportOptions.defaults(), line -> {
            }).written()).as(file).isTrue();
        }
        List<String> normal = GraphFingerprint.dump(driver);
        ImportedData.remove(driver, "csv");

        for (String file : AMENDMENTS) {
            ImportReport report = importFile(file, bulk(13), line -> {
            });
            assertThat(report.written()).as(file).isTrue();
            assertThat(report.bulk()).isTrue();
        }
        assertThat(GraphFingerprint.dump(driver)).isEqualTo(normal);
        assertThat(normal).anySatisfy(line -> assertThat(line).contains("Restated: "));
    }

    @Test
    void importingTheSameFileAgainInBulkChangesNothing() {
        for (String file : SyntheticGraph.FILES) {
            importFile(file, bulk(50), line -> {
            });
        }
        String once = GraphFingerprint.of(driver);
        ImportReport again = importFile("relations.csv", bulk(50), line -> {
        });
        assertThat(again.relationships().created()).isZero();
        assertThat(again.relationships().updated()).isEqualTo(countLines("relations.csv"));
        assertThat(GraphFingerprint.of(driver)).isEqualTo(once);
        assertThat(dataset("csv:relations.csv").get("status").asString()).isEqualTo("complete");
        assertThat(dataset("csv:relations.csv").get("relationships").asLong()).isEqualTo(countLines("relations.csv"));
    }

    @Test
    void anInterruptedBulkImportResumesAfterTheCommittedBatches() {
        List<String> whole = wholeGraphThenAllButTheRelations(40);

        // The progress line after each committed batch is where the "crash" happens: after the third batch.
        AtomicInteger batches = new AtomicInteger();
        assertThatThrownBy(() -> importFile("relations.csv", bulk(40), line -> {
            if (line.startsWith("…") && batches.incrementAndGet() == 3) {
                throw new IllegalStateException("connection lost");
            }
        })).isInstanceOf(ImportInterruptedException.class)
                .hasMessageContaining("connection lost")
                .hasMessageContaining("120 relationships were written")
                .hasMessageContaining("again with --bulk to resume");
        Record stopped = dataset("csv:relations.csv");
        assertThat(stopped.get("status").asString()).isEqualTo("writing");
        assertThat(stopped.get("committedRecords").asLong()).isEqualTo(120);
        assertThat(driver.executableQuery("MATCH ()-[r]->() WHERE r.dataset = 'csv:relations.csv' RETURN count(r) AS n")
                .execute().records().get(0).get("n").asLong()).isEqualTo(120);

        List<String> lines = new ArrayList<>();
        ImportReport resumed = importFile("relations.csv", bulk(40), lines::add);
        assertThat(lines).first().asString().startsWith("Resuming the interrupted bulk import of relations.csv: 120 "
                + "records were committed");
        assertThat(resumed.relationships().created()).isEqualTo(countLines("relations.csv") - 120);
        assertThat(GraphFingerprint.dump(driver)).isEqualTo(whole);
        assertThat(dataset("csv:relations.csv").get("status").asString()).isEqualTo("complete");
        assertThat(dataset("csv:relations.csv").get("committedRecords").isNull()).isTrue();
    }

    @Test
    void aFailedBatchStopsTheImportNamingTheFileAndTheBatchAndNothingAfterItIsWritten() throws IOException {
        for (String file : SyntheticGraph.FILES.subList(0, 4)) {
            importFile(file, bulk(40), line -> {
            });
        }
        // An end of a row in the third batch (file lines 82–121) that no earlier row names: deleted once the first
        // batch is committed, while the second is already read, the third fails and the fourth is never written.
        List<String[]> rows = Files.readAllLines(dir.resolve("relations.csv")).stream().skip(1)
                .map(line -> line.split(",", -1)).toList();
        List<String> named = rows.subList(0, 80).stream().flatMap(row -> java.util.stream.Stream.of(row[0], row[2]))
                .toList();
        String gone = rows.subList(80, 120).stream().flatMap(row -> java.util.stream.Stream.of(row[0], row[2]))
                .filter(id -> !named.contains(id)).findFirst().orElseThrow();
        AtomicInteger batches = new AtomicInteger();

        assertThatThrownBy(() -> importFile("relations.csv", bulk(40), line -> {
            if (line.startsWith("…") && batches.incrementAndGet() == 1) {
                driver.executableQuery("MATCH (n {id: $id}) DETACH DELETE n").withParameters(Map.of("id", gone))
                        .execute();
            }
        })).isInstanceOf(ImportInterruptedException.class)
                .hasMessageContaining("The bulk import of relations.csv stopped")
                .hasMessageContaining("writing the batch from relations.csv:82 to relations.csv:121 failed")
                .hasMessageContaining("an end is missing")
                .hasMessageContaining("80 relationships were written");
        assertThat(batches).hasValue(2);
        assertThat(dataset("csv:relations.csv").get("committedRecords").asLong()).isEqualTo(80);
        assertThat(driver.executableQuery("MATCH ()-[r]->() WHERE r.dataset = 'csv:relations.csv' RETURN count(r) AS n")
                .execute().records().get(0).get("n").asLong()).isEqualTo(80);
    }

    /**
     * Neo4j retries a write transaction that fails transiently (a deadlock, a leader switch): here the first attempt
     * of every other write transaction of the relations' import fails after its statements, so it is rolled back and
     * run again. What the import counts and the graph it writes are those of an import without failures: a batch is
     * counted once, when it commits.
     */
    @Test
    void aBatchRetriedAfterATransientFailureIsWrittenAndCountedOnce() {
        List<String> whole = wholeGraphThenAllButTheRelations(100);

        AtomicInteger failures = new AtomicInteger();
        ImportService flaky = new ImportService(FailingFirstAttempts.wrap(driver, failures), model, readers, resources,
                schema);
        List<String> progress = new ArrayList<>();
        ImportReport retried = flaky.run(flaky.reader("csv").orElseThrow(), dir.resolve("relations.csv"), bulk(100),
                progress::add);

        // Six batches, the mark before them and the one after: four of the eight fail once.
        assertThat(failures).hasValue(4);
        long relations = countLines("relations.csv");
        assertThat(retried.relationships()).isEqualTo(new ImportReport.Counts(relations, 0, 0));
        assertThat(progress.stream().filter(line -> line.startsWith("…")).reduce((first, second) -> second))
                .hasValueSatisfying(last -> assertThat(last).startsWith(String.format(java.util.Locale.ROOT,
                        "… 0 nodes, %,d relationships written", relations)));
        assertThat(GraphFingerprint.dump(driver)).isEqualTo(whole);
        assertThat(dataset("csv:relations.csv").get("relationships").asLong()).isEqualTo(relations);
    }

    @Test
    void invalidInputWritesNothingInBulk() throws IOException {
        Path bad = dir.resolve("relations-bad.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve("relations.csv")).subList(0, 200));
        lines.add("syn-org-1,FUNDS,syn-project-nowhere,funder,,,syn-source-1,Synthetic donor 1 funds nothing");
        Files.write(bad, lines, StandardCharsets.UTF_8);
        for (String file : SyntheticGraph.FILES.subList(0, 4)) {
            importFile(file, bulk(50), line -> {
            });
        }
        String imported = GraphFingerprint.of(driver);

        ImportReport report = importFile("relations-bad.csv", bulk(50), line -> {
        });

        assertThat(report.rejected()).isTrue();
        assertThat(report.problems()).singleElement().asString()
                .contains("relations-bad.csv:201").contains("unknown reference 'syn-project-nowhere'");
        assertThat(GraphFingerprint.of(driver)).isEqualTo(imported);
        assertThat(driver.executableQuery("MATCH (d:Dataset {id: 'csv:relations-bad.csv'}) RETURN count(d) AS n")
                .execute().records().get(0).get("n").asLong()).isZero();
    }

    /** Imports every file in bulk, keeps the graph's dump, then removes it all and imports all but relations.csv. */
    private List<String> wholeGraphThenAllButTheRelations(int batchSize) {
        for (String file : SyntheticGraph.FILES) {
            importFile(file, bulk(batchSize), line -> {
            });
        }
        List<String> whole = GraphFingerprint.dump(driver);
        ImportedData.remove(driver, "csv");
        for (String file : SyntheticGraph.FILES.subList(0, 4)) {
            importFile(file, bulk(batchSize), line -> {
            });
        }
        return whole;
    }

    private static ImportOptions bulk(int batchSize) {
        return ImportOptions.defaults().withBulk(true).withBatchSize(batchSize);
    }

    private ImportReport importFile(String file, ImportOptions options, Consumer<String> out) {
        return imports.run(imports.reader("csv").orElseThrow(), dir.resolve(file), options, out);
    }

    private Record dataset(String id) {
        return driver.executableQuery("MATCH (d:Dataset {id: $id}) RETURN d.status AS status, "
                + "d.committedRecords AS committedRecords, d.relationships AS relationships")
                .withParameters(Map.of("id", id)).execute().records().get(0);
    }

    private static long countLines(String file) {
        try {
            return Files.readAllLines(dir.resolve(file)).size() - 1;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
