package org.wbcyber.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import org.wbcyber.graph.support.SharedNeo4j;
import org.wbcyber.graph.support.TestDirectories;

/** The packaged application's commands and their documented exit codes. */
class CommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validateAcceptsTheRepositorysDataAndSaysWhatALoadWouldWrite() {
        assertThat(run("validate", "file:./cypher/")).isZero();
        assertThat(out()).startsWith("Curated data under file:./cypher/ is valid: ").contains("Country=");
    }

    @Test
    void validateListsEveryProblemAndExitsWith3() throws Exception {
        Path copy = TestDirectories.fresh("invalid-cypher");
        FileSystemUtils.copyRecursively(Path.of("cypher"), copy);
        Files.writeString(copy.resolve("data/broken.yaml"), """
                source: iceda-article
                Organisation:
                  - {id: broken, name: Broken, kind: nonsense, evidence: ["not in the document"]}
                """);

        assertThat(run("validate", copy.toUri().toString())).isEqualTo(3);
        assertThat(err()).contains("2 problems in the curated data; nothing was written:")
                .contains("cypher/data/broken.yaml:3: kind: unknown kind 'nonsense'")
                .contains("cypher/data/broken.yaml:3: evidence: quote not found in source 'iceda-article'");
    }

    @Test
    void anUnknownCommandPrintsTheUsageAndExitsWith2() {
        assertThat(run("lod")).isEqualTo(2);
        assertThat(err()).contains("Unknown command 'lod'.").contains("Exit codes: 0 done, 1 failed");
    }

    @Test
    void helpDescribesEveryCommand() {
        assertThat(run("help")).isZero();
        assertThat(out()).contains("validate [location]").contains("load [--dry-run]").contains("generate")
                .contains("ncsi-to-yaml <page.txt> <source-id> <ISO2> [--out file]")
                .contains("initial-store <data-dir> <file.csv>...");
    }

    @Test
    void loadWithDryRunAgainstAServerReportsWhatWouldChange() {
        int code = run("load", "--dry-run", "--spring.neo4j.uri=" + SharedNeo4j.instance().boltURI(),
                "--spring.neo4j.authentication.password=" + SharedNeo4j.PASSWORD);

        assertThat(code).as(err()).isZero();
        assertThat(out()).startsWith("Dry run, nothing written. Would write the curated data")
                .containsPattern("nodes: \\d+ created, \\d+ updated, \\d+ unchanged, \\d+ removed");
    }

    @Test
    void importWithoutAFormatAndAFileIsAUsageError() {
        assertThat(run("import", "csv")).isEqualTo(2);
        assertThat(err()).contains("import needs a format and a file");
        assertThat(run("import", "csv", "no-such-file.csv")).isEqualTo(2);
        assertThat(run("import", "csv", "cypher/import-templates/example-actors.csv", "--batch-size=0"))
                .isEqualTo(2);
    }

    /** The shared graph may not hold the curated data yet (no @GraphTest may have run): sources need nothing. */
    @Test
    void importDryRunAgainstAServerPrintsThePlanAndExitsWith0() {
        int code = run("import", "csv", "cypher/import-templates/example-sources.csv", "--dry-run",
                "--spring.neo4j.uri=" + SharedNeo4j.instance().boltURI(),
                "--spring.neo4j.authentication.password=" + SharedNeo4j.PASSWORD);

        assertThat(code).as(err()).isZero();
        assertThat(out()).contains("example-sources.csv:2: create Source example-annual-report")
                .contains("Dry run, nothing written. Would import csv example-sources.csv")
                .contains("nodes: 1 created, 0 updated, 0 unchanged");
    }

    @Test
    void importOfInvalidDataListsTheProblemsAndExitsWith3() throws Exception {
        Path file = TestDirectories.fresh("invalid-import").resolve("actors.csv");
        Files.writeString(file, """
                id,name,kind,source,quote
                example-x,Example X,nonsense,iceda-article,"Serbia 39 rank (89.8 score)"
                """);

        int code = run("import", "csv", file.toString(), "--spring.neo4j.uri=" + SharedNeo4j.instance().boltURI(),
                "--spring.neo4j.authentication.password=" + SharedNeo4j.PASSWORD);

        assertThat(code).isEqualTo(3);
        assertThat(err()).containsPattern("\\d problems? in actors.csv; nothing was written:")
                .contains("actors.csv:2: kind: unknown kind 'nonsense'");
    }

    @Test
    void initialStoreNeedsADirectoryAndFilesAndRefusesInvalidDataWithExitCode3() throws Exception {
        assertThat(run("initial-store", "target/nowhere")).isEqualTo(2);
        assertThat(err()).contains("initial-store needs a data directory and one or more CSV template files");

        Path dir = TestDirectories.fresh("initial-store-command");
        Path file = dir.resolve("actors.csv");
        Files.writeString(file, """
                id,name,kind,source,quote
                example-x,Example X,nonsense,iceda-article,"Serbia 39 rank (89.8 score)"
                """);
        assertThat(run("initial-store", dir.resolve("db").toString(), file.toString())).isEqualTo(3);
        assertThat(err()).contains("in actors.csv; nothing was written:")
                .contains("actors.csv:2: kind: unknown kind 'nonsense'");
        assertThat(dir.resolve("db")).doesNotExist();
    }

    @Test
    void anNcsiPageWithoutItsCountryIsInvalidDataAndABadParamIsAUsageError() {
        assertThat(run("import", "ncsi", "src/test/resources/ncsi/testland.txt", "--param", "country")).isEqualTo(2);
        assertThat(err()).contains("Bad --param 'country': give name=value, e.g. --param country=RS.");

        int code = run("import", "ncsi", "src/test/resources/ncsi/testland.txt",
                "--spring.neo4j.uri=" + SharedNeo4j.instance().boltURI(),
                "--spring.neo4j.authentication.password=" + SharedNeo4j.PASSWORD);

        // the shared graph may not hold the curated data yet: then the index and themes are missing too
        assertThat(code).as(out()).isEqualTo(3);
        assertThat(err()).containsPattern("\\d+ problems? in testland.txt; nothing was written:")
                .contains("testland.txt:1: country: the ncsi format needs the page's country: --param "
                        + "country=<ISO2>");
    }
}
