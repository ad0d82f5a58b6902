package org.wbcyber.graph.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.wbcyber.graph.ingest.ImportOptions;
import org.wbcyber.graph.ingest.ImportReport;
import org.wbcyber.graph.ingest.ImportService;
import org.wbcyber.graph.support.GraphTest;
import org.wbcyber.graph.support.UndoImports;
import org.wbcyber.graph.support.TestDirectories;

/**
 * The synthetic files pass the real import's validation against the model and the curated graph. The node files
 * are written (the relations need their ends in the graph), the relations only planned, and everything deleted
 * again.
 */
@GraphTest
class SyntheticImportTest {

    @RegisterExtension
    final UndoImports undo = new UndoImports("csv");

    @Autowired
    Driver driver;

    @Autowired
    ImportService imports;

    @Test
    void theSyntheticFilesImportWithoutAProblem() throws IOException {
        Path dir = TestDirectories.fresh("synthetic");
        SyntheticGraph.Counts counts = new SyntheticGraph(0.005, 42).write(dir);
        List<String> lines = new ArrayList<>();
        for (String file : SyntheticGraph.FILES) {
            boolean relations = file.equals("relations.csv");
            ImportReport report = imports.run(imports.reader("csv").orElseThrow(), dir.resolve(file),
                    ImportOptions.defaults().withDryRun(relations), lines::add);
            assertThat(report.problems()).as(file).isEmpty();
            if (relations) {
                assertThat(report.written()).isFalse();
                assertThat(report.relationships().created()).isEqualTo(counts.relations());
            } else {
                assertThat(report.written()).as(file).isTrue();
            }
        }
    }
}
