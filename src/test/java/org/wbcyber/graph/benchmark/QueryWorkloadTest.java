package org.wbcyber.graph.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wbcyber.graph.cooperation.NetworkView;
import org.wbcyber.graph.cooperation.PathSearch;
import org.wbcyber.graph.ingest.ImportOptions;
import org.wbcyber.graph.ingest.ImportReport;
import org.wbcyber.graph.ingest.ImportService;
import org.wbcyber.graph.query.GraphQueries;
import org.wbcyber.graph.support.Api;
import org.wbcyber.graph.support.GraphTest;
import org.wbcyber.graph.support.UndoImports;
import org.wbcyber.graph.support.TestDirectories;
import org.wbcyber.graph.synthetic.SyntheticGraph;

/**
 * Every endpoint the query benchmark measures answers on a small synthetic graph, through the API and through the
 * Driver alike, so that the benchmark times answers and not errors.
 */
@GraphTest
class QueryWorkloadTest {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    ImportService imports;

    @Autowired
    GraphQueries queries;

    @Autowired
    PathSearch paths;

    @Autowired
    NetworkView network;

    @RegisterExtension
    final UndoImports undo = new UndoImports("csv");

    @BeforeEach
    void importASmallSyntheticGraph() throws IOException {
        Path dir = TestDirectories.fresh("workload");
        new SyntheticGraph(0.005, 42).write(dir);
        for (String file : SyntheticGraph.FILES) {
            ImportReport report = imports.run(imports.reader("csv").orElseThrow(), dir.resolve(file),
                    ImportOptions.defaults().withBulk(true), line -> { });
            assertThat(report.problems()).as(file).isEmpty();
        }
    }

    @Test
    void everyEndpointAnswersThroughTheApiAndThroughTheDriver() {
        QueryWorkload workload = QueryWorkload.pick(driver, queries, paths, network, 42, 20);
        Api api = new Api(port);
        for (QueryWorkload.Endpoint endpoint : workload.endpoints()) {
            QueryWorkload.Draw draw = endpoint.draw().apply(new SplittableRandom(7));
            assertThat(api.get(draw.path()).status()).as(endpoint.name() + " " + draw.path()).isEqualTo(200);
            assertThatCode(() -> draw.viaDriver().run()).as(endpoint.name() + " via the Driver")
                    .doesNotThrowAnyException();
        }
    }
}
