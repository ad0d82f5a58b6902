package org.wbcyber.graph.ingest.ncsi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wbcyber.graph.support.TestDirectories;

/**
 * {@code ncsi-to-yaml}: the committed cypher/data/ncsi-*.yaml files are exactly what it makes of the seed page,
 * and a second country's page adds its scores without touching the index.
 */
class NcsiToYamlCommandTest {

    private static final Path INDEX = Path.of("cypher/data/ncsi-index.yaml");
    private static final Path SERBIA = Path.of("cypher/data/ncsi-serbia.yaml");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new NcsiToYamlCommand().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theCommittedFilesAreWhatTheCommandMakesOfTheSeed() throws Exception {
        Path dir = TestDirectories.fresh("ncsi");
        Path scores = dir.resolve("ncsi-serbia.yaml");

        assertThat(run(NcsiParserTest.SEED.toString(), "ncsi-serbia", "RS", "--out", scores.toString()))
                .as(err()).isZero();

        assertThat(out()).contains("wrote " + dir.resolve("ncsi-index.yaml") + ": the NCSI index, 12 categories "
                + "and 46 indicators").contains("wrote " + scores + ": RS's scores on 12 categories and 46 indicators");
        assertThat(Files.readString(dir.resolve("ncsi-index.yaml"))).as("regenerate cypher/data/ncsi-index.yaml "
                + "with ncsi-to-yaml (docs/curation.md)").isEqualTo(Files.readString(INDEX));
        assertThat(Files.readString(scores)).as("regenerate cypher/data/ncsi-serbia.yaml with ncsi-to-yaml "
                + "(docs/curation.md)").isEqualTo(Files.readString(SERBIA));

        assertThat(run(NcsiParserTest.SEED.toString(), "ncsi-serbia", "RS", "--out", scores.toString())).isZero();
        assertThat(out()).contains("kept " + dir.resolve("ncsi-index.yaml") + ": it already lists the same")
                .contains("kept " + scores + ": RS's scores on 12 categories and 46 indicators (unchanged)");
    }

    @Test
    void aSecondCountryAddsOnlyItsScoresAndADifferentIndexIsNeverOverwritten() throws Exception {
        Path dir = TestDirectories.fresh("ncsi");
        assertThat(run(NcsiParserTest.SEED.toString(), "ncsi-serbia", "RS", "--out",
                dir.resolve("ncsi-serbia.yaml").toString())).isZero();
        String index = Files.readString(dir.resolve("ncsi-index.yaml"));

        // the same index, from another source: the index file stays, quoting the first page
        assertThat(run(NcsiParserTest.SEED.toString(), "ncsi-other", "XX", "--out",
                dir.resolve("ncsi-other.yaml").toString())).isZero();
        assertThat(out()).contains("kept " + dir.resolve("ncsi-index.yaml"));
        assertThat(Files.readString(dir.resolve("ncsi-other.yaml"))).startsWith("source: ncsi-other\n")
                .contains("  - id: ncsi-xx-9-2\n").contains("      - {ref: XX, quote: \"9.2. Reporting responsibility 001\"}");

        // a page with other indicators: its scores are written, the index is not
        Path testland = dir.resolve("ncsi-testland.yaml");
        assertThat(run(NcsiParserTest.TESTLAND.toString(), "ncsi-testland", "QT", "--out", testland.toString()))
                .isEqualTo(1);
        assertThat(err()).contains("did not write " + dir.resolve("ncsi-index.yaml") + ": line ")
                .contains("review by hand");
        assertThat(Files.readString(dir.resolve("ncsi-index.yaml"))).isEqualTo(index);
        assertThat(Files.readString(testland)).contains("""
                  - id: ncsi-qt
                    available: true
                    value: 41.5
                    rank: 97
                    evidence:
                      - "National Cyber Security Index 41.5"
                      - "Rank 97"
                    country:
                      - {ref: QT, evidence: ["Testland", "National Cyber Security Index 41.5", "Rank 97"]}
                    indicator:
                      - {ref: ncsi, evidence: ["National Cyber Security Index 41.5", "Rank 97"]}
                """).contains("""
                  - id: ncsi-qt-1-2
                    available: true
                    value: 1
                    max: 2
                """);
    }

    @Test
    void aMalformedPageWritesNothingAndExitsWith3() throws Exception {
        Path dir = TestDirectories.fresh("ncsi");
        Path page = dir.resolve("bad.txt");
        Files.writeString(page, "1. Cyber security policy development 1/1 100%11 100%\n1.1. Unit 0a1\n");

        assertThat(run(page.toString(), "ncsi-bad", "RS", "--out", dir.resolve("out.yaml").toString())).isEqualTo(3);
        assertThat(err()).contains(page + ":2: indicator 1.1: expected an indicator line").contains("Nothing written.");
        assertThat(dir.resolve("out.yaml")).doesNotExist();
        assertThat(dir.resolve("ncsi-index.yaml")).doesNotExist();
    }

    @Test
    void wrongArgumentsAreAUsageError() {
        assertThat(run("page.txt", "ncsi-serbia", "Serbia")).isEqualTo(2);
        assertThat(err()).contains("Usage: ncsi-to-yaml <page.txt> <source-id> <ISO2> [--out file]");
    }

    @Test
    void longEvidenceLinesAreQuotedInPiecesUnderTheLimit() {
        String line = "word ".repeat(150).strip();

        List<String> chunks = NcsiYaml.chunks(line);

        assertThat(chunks).hasSize(2).allMatch(c -> c.length() <= NcsiYaml.MAX_QUOTE);
        assertThat(String.join(" ", chunks)).isEqualTo(line);
        assertThat(NcsiYaml.quote("a \"b\" \\ c")).isEqualTo("\"a \\\"b\\\" \\\\ c\"");
    }
}
