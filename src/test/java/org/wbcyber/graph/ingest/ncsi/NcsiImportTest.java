package org.wbcyber.graph.ingest.ncsi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import org.wbcyber.graph.curation.Problem;
import org.wbcyber.graph.ingest.ImportOptions;
import org.wbcyber.graph.ingest.ImportReport;
import org.wbcyber.graph.ingest.ImportService;
import org.wbcyber.graph.support.GraphFingerprint;
import org.wbcyber.graph.support.GraphTest;
import org.wbcyber.graph.support.UndoImports;
import org.wbcyber.graph.support.TestDirectories;

/**
 * NCSI country pages through the importers' common path, against the shared graph: Serbia's seed page over the
 * curated data it was generated from changes nothing; another country's page adds its scores. Every test leaves
 * the graph as it found it (the fingerprint).
 */
@GraphTest
class NcsiImportTest {

    private static final String TESTLAND_SOURCE = "import-testland-txt";

    @Autowired
    Driver driver;

    @Autowired
    ImportService imports;

    private final List<String> lines = new ArrayList<>();

    /**
     * What an NCSI import wrote: the nodes it created (scores, the file's Source), and the quotes citing the file
     * that it added to the curated indicators and their PART_OF links (the docs give the same statements).
     */
    @RegisterExtension
    final UndoImports undo = new UndoImports("ncsi").andUndo(graph -> {
        graph.executableQuery("""
                MATCH (n) WHERE $source IN n.sources
                WITH n, [i IN range(0, size(n.sources) - 1) WHERE n.sources[i] <> $source] AS keep
                SET n.sources = [i IN keep | n.sources[i]], n.quotes = [i IN keep | n.quotes[i]]""")
                .withParameters(Map.of("source", TESTLAND_SOURCE)).execute();
        graph.executableQuery("""
                MATCH ()-[r]->() WHERE $source IN r.sources
                WITH r, [i IN range(0, size(r.sources) - 1) WHERE r.sources[i] <> $source] AS keep
                SET r.sources = [i IN keep | r.sources[i]], r.quotes = [i IN keep | r.quotes[i]]""")
                .withParameters(Map.of("source", TESTLAND_SOURCE)).execute();
    });

    private ImportReport run(Path page, Map<String, String> parameters) {
        return imports.run(imports.reader("ncsi").orElseThrow(), page,
                ImportOptions.defaults().withParameters(parameters), lines::add);
    }

    private List<Record> query(String cypher) {
        return driver.executableQuery(cypher).execute().records();
    }

    @Test
    void serbiasSeedPageOverTheCuratedGraphChangesNothing() {
        ImportReport report = run(NcsiParserTest.SEED, Map.of("country", "RS", "source", "ncsi-serbia"));

        assertThat(report.problems()).isEmpty();
        assertThat(report.written()).isTrue();
        // 12 categories and 46 indicators: 58 Indicators and 58 Scores; the file's own Source is not written
        assertThat(report.nodes()).hasToString("0 created, 0 updated, 116 unchanged");
        assertThat(report.relationships().created()).isZero();
        assertThat(report.relationships().updated()).isZero();
        assertThat(GraphFingerprint.of(driver)).isEqualTo(undo.before());
    }

    @Test
    void anotherCountrysPageAddsItsScoresWithTheirEvidenceAndReimportingChangesNothing() {
        ImportReport report = run(NcsiParserTest.TESTLAND, Map.of("country", "ME"));

        assertThat(report.problems()).isEmpty();
        // the file's Source and 10 scores (overall, 2 categories, 7 indicators); the 9 indicators it restates
        // get its quotes as further evidence, and nothing else: the page agrees with the curated index
        assertThat(report.nodes()).hasToString("11 created, 9 updated, 0 unchanged");
        // HAS_SCORE and FOR_INDICATOR per score; PART_OF gets the page's quote; HAS_THEME cites `reference`
        assertThat(report.relationships()).hasToString("20 created, 9 updated, 9 unchanged");
        assertThat(query("""
                MATCH (i:Indicator) WHERE i.id STARTS WITH 'ncsi-' AND 'import-testland-txt' IN i.sources
                RETURN collect(i.maxScore) AS max""").get(0).get("max").asList())
                .as("maxScore as curated").containsExactlyInAnyOrder(7L, 3L, 2L, 1L, 1L, 5L, 3L, 1L, 1L);

        Record score = query("""
                MATCH (:Country {id: 'ME'})-[h:HAS_SCORE]->(s:Score)-[:FOR_INDICATOR]->(:Indicator {id: 'ncsi-2-1'})
                RETURN s.id AS id, s.value AS value, s.max AS max, s.evidenceText AS text, s.sources AS sources,
                       s.quotes AS quotes, h.quotes AS country""").get(0);
        assertThat(score.get("id").asString()).isEqualTo("ncsi-me-2-1");
        assertThat(score.get("value").asDouble()).isEqualTo(1.0);
        assertThat(score.get("max").asDouble()).isEqualTo(3.0);
        assertThat(score.get("text").asString())
                .isEqualTo("Testland Cyber Act, Article 9 (\"the National Cyber Centre analyses cyber threats\")");
        assertThat(score.get("sources").asList()).containsOnly(TESTLAND_SOURCE);
        assertThat(score.get("quotes").asList()).containsExactly("2.1. Cyber threats analysis unit 113",
                "Testland Cyber Act, Article 9 (\"the National Cyber Centre analyses cyber threats\")");
        assertThat(score.get("country").asList()).containsExactly("Testland", "2.1. Cyber threats analysis unit 113");
        assertThat(query("""
                MATCH (:Country {id: 'ME'})-[:HAS_SCORE]->(s:Score)-[:FOR_INDICATOR]->(:Index {id: 'ncsi'})
                RETURN s.value AS value, s.rank AS rank""").get(0).get("rank").asLong()).isEqualTo(97);

        ImportReport again = run(NcsiParserTest.TESTLAND, Map.of("country", "ME"));
        assertThat(again.problems()).isEmpty();
        assertThat(again.changesNothing()).as(again.toString()).isTrue();
    }

    @Test
    void aMalformedPageIsReportedLineByLineAndNothingIsWritten() throws IOException {
        Path page = Files.writeString(TestDirectories.fresh("ncsi-import").resolve("bad.txt"), """
                1. Cyber security policy development 1/3 33%13 33%
                1.1. Cyber security policy unit 3x3
                CriteriaA unit.
                Accepted referencesLegal act
                1.2. Cyber security policy coordination format 012
                CriteriaA committee.
                Accepted referencesLegal act
                """);

        ImportReport report = run(page, Map.of("country", "RS"));

        assertThat(report.rejected()).isTrue();
        assertThat(report.written()).isFalse();
        assertThat(report.problems()).extracting(Problem::toString).containsExactly(
                "bad.txt:2: indicator 1.1: expected an indicator line ('N.M. Name digits', e.g. '9.2. Reporting "
                        + "responsibility 001'), found '1.1. Cyber security policy unit 3x3'",
                "bad.txt:5: indicator 1.2: score digits '012' do not read as score, the score again and the "
                        + "maximum (e.g. '001' = 0 of 1, '333' = 3 of 3)");
        assertThat(GraphFingerprint.of(driver)).isEqualTo(undo.before());
    }

    @Test
    void theCountryIsRequiredAnISO2CodeAndOneOfTheGraphs() {
        assertThat(run(NcsiParserTest.TESTLAND, Map.of()).problems()).extracting(Problem::toString)
                .containsExactly("testland.txt:1: country: the ncsi format needs the page's country: --param "
                        + "country=<ISO2> (HTTP: ?country=), e.g. RS");
        assertThat(run(NcsiParserTest.TESTLAND, Map.of("country", "Montenegro")).problems())
                .extracting(Problem::toString)
                .containsExactly("testland.txt:1: country: 'Montenegro' is not an ISO 3166-1 alpha-2 code (e.g. RS)");
        assertThat(run(NcsiParserTest.TESTLAND, Map.of("country", "QQ")).problems())
                .extracting(Problem::toString).hasSize(10)
                .contains("testland.txt:2: country: unknown reference 'QQ': neither this import nor the graph has a "
                        + "node with this id");
        assertThat(run(NcsiParserTest.TESTLAND, Map.of("country", "ME", "colour", "red")).problems())
                .extracting(Problem::toString)
                .containsExactly("testland.txt:1: colour: unknown parameter 'colour' for format ncsi; it takes "
                        + "country, source");
        assertThat(GraphFingerprint.of(driver)).isEqualTo(undo.before());
    }

    @Test
    void quotesCitingTheGraphsSourceAreCheckedAgainstItsText() {
        // Testland's figures are not in Serbia's page
        ImportReport report = run(NcsiParserTest.TESTLAND, Map.of("country", "ME", "source", "ncsi-serbia"));

        assertThat(report.rejected()).isTrue();
        assertThat(report.problems()).extracting(Problem::toString)
                .contains("testland.txt:4: quote: quote not found in source 'ncsi-serbia': \"1. Cyber security "
                        + "policy development 3/7 43%37 43%\"");
    }
}
