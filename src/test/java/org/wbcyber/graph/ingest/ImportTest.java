package org.wbcyber.graph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.wbcyber.graph.curation.Problem;
import org.wbcyber.graph.support.Api;
import org.wbcyber.graph.support.GraphFingerprint;
import org.wbcyber.graph.support.GraphTest;
import org.wbcyber.graph.support.UndoImports;
import org.wbcyber.graph.support.TestDirectories;

import tools.jackson.databind.JsonNode;

/**
 * The importers' common path against the shared graph. Every test leaves the graph as it found it: what an import
 * wrote carries its dataset (csv:… or gci:…) and is deleted afterwards, and the curated graph's fingerprint must
 * then be what it was.
 */
@GraphTest
class ImportTest {

    private static final Path TEMPLATES = Path.of("cypher", "import-templates");

    @RegisterExtension
    final UndoImports undo = new UndoImports("csv", "gci");

    @Autowired
    Driver driver;

    @Autowired
    ImportService imports;

    @LocalServerPort
    int port;

    private final List<String> lines = new ArrayList<>();
    private Path folder;

    @BeforeEach
    void freshFolder() {
        folder = TestDirectories.fresh("import");
    }

    private ImportReport run(String format, Path file, ImportOptions options) {
        return imports.run(imports.reader(format).orElseThrow(), file, options, lines::add);
    }

    private ImportReport csv(Path file) {
        return run("csv", file, ImportOptions.defaults());
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }

    private List<Record> query(String cypher) {
        return driver.executableQuery(cypher).execute().records();
    }

    private void importTheTemplates() {
        for (String kind : List.of("sources", "actors", "projects", "events", "relations")) {
            ImportReport report = csv(TEMPLATES.resolve("example-" + kind + ".csv"));
            assertThat(report.problems()).as(kind).isEmpty();
            assertThat(report.written()).isTrue();
        }
    }

    @Test
    void anInvalidFileIsReportedInFullAndNothingIsWritten() throws IOException {
        Path file = file("actors.csv", """
                id,name,acronym,aliases,kind,country,established,source,quote
                example-one,Example One,,,nonsense,AL,2020,example-nowhere,a quote
                example-two,,,,ngo,QQ,2020-13,iceda-article,not in the article
                Example Three,Example Three,,,ngo,AL,,iceda-article,"Serbia 39 rank (89.8 score)"
                example-four,Example Four,,,ngo,AL,,,
                """);

        ImportReport report = csv(file);

        assertThat(report.written()).isFalse();
        assertThat(report.rejected()).isTrue();
        assertThat(report.problems()).extracting(Problem::toString).contains(
                "actors.csv:2: kind: unknown kind 'nonsense'; organisationKind has ministry, government-body, cert, "
                        + "election-body, police, prosecution, regulator, data-protection-authority, court, "
                        + "eu-institution, intergovernmental, development-agency, ngo, academia, company, "
                        + "professional-association, other",
                "actors.csv:2: source: unknown source 'example-nowhere': neither this import nor the graph has it",
                "actors.csv:3: name: empty name",
                "actors.csv:4: id: 'Example Three' does not match Organisation ids (^[a-z0-9]+(-[a-z0-9]+)*$)",
                "actors.csv:5: source: empty source",
                "actors.csv:5: quote: empty quote");
        assertThat(report.toString()).startsWith("6 problems in actors.csv; nothing was written:");
        assertThat(GraphFingerprint.of(driver)).isEqualTo(undo.before());
    }

    @Test
    void referencesDatesAndQuotesAreCheckedAgainstTheGraphAndTheSources() throws IOException {
        Path file = file("actors.csv", """
                id,name,kind,country,established,source,quote
                example-one,Example One,ngo,QQ,2020-13,iceda-article,not in the article
                """);

        assertThat(csv(file).problems()).extracting(Problem::toString).containsExactly(
                "actors.csv:2: established: bad date: '2020-13' is not a valid date: Invalid value for MonthOfYear "
                        + "(valid values 1 - 12): 13",
                "actors.csv:2: quote: quote not found in source 'iceda-article': \"not in the article\"",
                "actors.csv:2: country: unknown reference 'QQ': neither this import nor the graph has a node "
                        + "with this id");
        assertThat(GraphFingerprint.of(driver)).isEqualTo(undo.before());
    }

    @Test
    void anIdNamesOneNodeWhateverItsLabel() throws IOException {
        Path file = file("actors.csv", """
                id,name,kind,source,quote
                gci,Example,ngo,iceda-article,"Serbia 39 rank (89.8 score)"
                """);

        assertThat(csv(file).problems()).extracting(Problem::toString)
                .containsExactly("actors.csv:2: id: 'gci' is a Index in the graph, not a Organisation");
    }

    @Test
    void aMissingColumnOrAnUnknownTemplateIsReportedOnTheHeaderLine() throws IOException {
        assertThat(csv(file("projects.csv", "id,name,source\n")).problems()).extracting(Problem::toString)
                .containsExactly("projects.csv:1: quote: missing column 'quote' for projects (columns: id, name, "
                        + "source, quote, acronym, aliases, start, end, budgettext, budgetamount, budgetcurrency, "
                        + "themes, status, objective, description)");
        assertThat(csv(file("data.csv", "a,b\n1,2\n")).problems()).extracting(Problem::field).containsExactly(
                (String) null);
    }

    @Test
    void theTemplatesImportWithEvidenceAndAgainChangeNothing() throws Exception {
        importTheTemplates();

        Record agency = query("""
                MATCH (o:Organisation:Actor {id: 'example-cyber-agency'})-[r:BASED_IN]->(:Country {id: 'AL'})
                RETURN o.names AS names, o.sources AS sources, o.quotes AS quotes, r.quotes AS quotes2,
                       o.dataset AS dataset""").get(0);
        assertThat(agency.get("names").asList()).containsExactly("Example Cyber Agency", "ECA", "Example Agency",
                "E.C.A.");
        assertThat(agency.get("sources").asList()).containsExactly("example-annual-report");
        assertThat(agency.get("quotes2").asList()).isEqualTo(agency.get("quotes").asList());
        assertThat(agency.get("dataset").asString()).isEqualTo("csv:example-actors.csv");
        Record project = query("""
                MATCH (p:Project {id: 'example-capacity-project'})
                RETURN p.period AS period, p.periodEnd AS end, p.budgetAmount AS amount,
                       [(p)-[:HAS_THEME]->(t) | t.id] AS themes,
                       [(f)-[r:FUNDS]->(p) | f.id + ' ' + r.role] AS funders""").get(0);
        assertThat(project.get("period").asString()).isEqualTo("2022-01/2024-12");
        assertThat(project.get("end").asLocalDate()).hasToString("2024-12-31");
        assertThat(project.get("amount").asDouble()).isEqualTo(1_200_000.0);
        assertThat(project.get("themes").asList()).containsExactlyInAnyOrder("incident-response",
                "skills-awareness");
        assertThat(project.get("funders").asList()).containsExactly("example-foundation funder");
        assertThat(query("MATCH (:Event {id: 'example-workshop-2023'})-[:PART_OF]->(:Project) RETURN 1")).hasSize(1);
        var dataset = query("MATCH (d:Dataset {id: 'csv:example-actors.csv'}) RETURN d.nodes, d.inputHash").get(0);
        assertThat(dataset.get("d.nodes").asLong()).isEqualTo(3);
        assertThat(dataset.get("d.inputHash").asString()).as("the SHA-256 of the file's bytes").isEqualTo(
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(Files.readAllBytes(TEMPLATES.resolve("example-actors.csv")))));
        assertThat(query("MATCH (s:Source) WHERE s.id STARTS WITH 'import-' RETURN s")).as("uncited file sources")
                .isEmpty();

        String imported = GraphFingerprint.of(driver);
        for (String kind : List.of("sources", "actors", "projects", "events", "relations")) {
            ImportReport again = csv(TEMPLATES.resolve("example-" + kind + ".csv"));
            assertThat(again.changesNothing()).as(kind).isTrue();
            assertThat(again.nodes().unchanged() + again.relationships().unchanged()).isPositive();
        }
        assertThat(GraphFingerprint.of(driver)).isEqualTo(imported);
    }

    @Test
    void aDryRunPrintsThePlanAndWritesNothing() {
        ImportReport report = run("csv", TEMPLATES.resolve("example-sources.csv"),
                ImportOptions.defaults().withDryRun(true));

        assertThat(report.written()).isFalse();
        assertThat(report.nodes()).isEqualTo(new ImportReport.Counts(1, 0, 0));
        assertThat(lines).containsExactly("example-sources.csv:2: create Source example-annual-report");
        assertThat(report.toString()).startsWith("Dry run, nothing written.");
        assertThat(GraphFingerprint.of(driver)).isEqualTo(undo.before());
    }

    @Test
    void skipInvalidWritesExactlyTheValidRecords() throws IOException {
        Path file = file("actors.csv", """
                id,name,kind,country,source,quote
                example-valid,Example Valid,ngo,AL,iceda-article,"Serbia 39 rank (89.8 score)"
                example-bad-kind,Example Bad Kind,nonsense,AL,iceda-article,"Serbia 39 rank (89.8 score)"
                example-bad-country,Example Bad Country,ngo,QQ,iceda-article,"Serbia 39 rank (89.8 score)"
                """);

        ImportReport report = run("csv", file, ImportOptions.defaults().withSkipInvalid(true).withBatchSize(1));

        assertThat(report.written()).isTrue();
        assertThat(report.problems()).hasSize(2);
        assertThat(report.skipped()).containsExactly(
                "actors.csv:3: Organisation example-bad-kind: kind: unknown kind 'nonsense'; organisationKind has "
                        + "ministry, government-body, cert, election-body, police, prosecution, regulator, "
                        + "data-protection-authority, court, eu-institution, intergovernmental, development-agency, "
                        + "ngo, academia, company, professional-association, other",
                "actors.csv:3: (example-bad-kind)-[:BASED_IN]->(AL): refers to skipped record 'example-bad-kind'",
                "actors.csv:4: (example-bad-country)-[:BASED_IN]->(QQ): unknown reference 'QQ'");
        assertThat(query("MATCH (o:Organisation) WHERE o.dataset = 'csv:actors.csv' "
                + "RETURN o.id AS id, [(o)-[:BASED_IN]->(c) | c.id] AS countries ORDER BY id"))
                .extracting(r -> r.get("id").asString() + r.get("countries").asList())
                .containsExactly("example-bad-country[]", "example-valid[AL]");
    }

    @Test
    void theGciFixtureRestatesTheCuratedScoresAndChangesNothing() {
        ImportReport report = run("gci", TEMPLATES.resolve("example-gci-2020.csv"), ImportOptions.defaults());

        assertThat(report.problems()).isEmpty();
        assertThat(report.nodes()).isEqualTo(new ImportReport.Counts(0, 0, 4));
        assertThat(report.relationships()).isEqualTo(new ImportReport.Counts(0, 0, 8));
        assertThat(GraphFingerprint.of(driver)).isEqualTo(undo.before());
    }

    @Test
    void aNewGciYearAddsScoresCitingTheFileAndIsIdempotent() throws IOException {
        Path file = file("gci-2099.csv", """
                country,year,rank,score,source,quote
                RS,2099,1,99.5,,
                XK,2099,,,,
                """);

        ImportReport report = run("gci", file, ImportOptions.defaults().withBatchSize(2));

        assertThat(report.problems()).isEmpty();
        assertThat(report.nodes()).isEqualTo(new ImportReport.Counts(3, 0, 0));
        assertThat(report.relationships()).isEqualTo(new ImportReport.Counts(4, 0, 0));
        Record score = query("""
                MATCH (:Country {id: 'RS'})-[h:HAS_SCORE]->(s:Score {id: 'gci-2099-rs'})-[:FOR_INDICATOR]->(:Index {id: 'gci'})
                RETURN s.value AS value, s.rank AS rank, s.available AS available, h.sources AS sources,
                       h.quotes AS quotes""").get(0);
        assertThat(score.get("value").asDouble()).isEqualTo(99.5);
        assertThat(score.get("rank").asLong()).isEqualTo(1);
        assertThat(score.get("sources").asList()).containsExactly("import-gci-2099-csv");
        assertThat(score.get("quotes").asList()).containsExactly("RS,2099,1,99.5");
        assertThat(query("MATCH (s:Score {id: 'gci-2099-xk'}) RETURN s.available").get(0).get(0).asBoolean())
                .isFalse();
        assertThat(query("MATCH (s:Source {id: 'import-gci-2099-csv'}) RETURN s.kind").get(0).get(0).asString())
                .isEqualTo("document");

        ImportReport again = run("gci", file, ImportOptions.defaults());
        assertThat(again.nodes()).isEqualTo(new ImportReport.Counts(0, 0, 3));
        assertThat(again.relationships()).isEqualTo(new ImportReport.Counts(0, 0, 4));
        assertThat(query("MATCH (d:Dataset {id: 'gci:gci-2099.csv'}) RETURN d.nodes, d.relationships").get(0)
                .values()).extracting(v -> v.asLong()).containsExactly(3L, 4L);
    }

    @Test
    void gciPillarScoresBecomeNeedsThatTheProjectsOnTheirThemesAnswer() throws IOException {
        Path file = file("gci-pillars-2099.csv", """
                country,year,rank,score,source,quote,legal,technical,organizational,capacity-development,cooperation
                AL,2099,,,,,,4,,,18
                """);

        ImportReport report = run("gci", file, ImportOptions.defaults());

        assertThat(report.problems()).isEmpty();
        assertThat(report.nodes()).isEqualTo(new ImportReport.Counts(4, 0, 0));
        assertThat(report.relationships()).isEqualTo(new ImportReport.Counts(6, 0, 0));
        Record technical = query("""
                MATCH (:Country {id: 'AL'})-[:HAS_SCORE]->(s:Score {id: 'gci-2099-al-technical'})
                      -[:FOR_INDICATOR]->(p:Indicator)-[:PART_OF]->(:Index {id: 'gci'})
                RETURN s.value AS value, s.max AS max, p.id AS pillar""").get(0);
        assertThat(technical.get("value").asDouble()).isEqualTo(4.0);
        assertThat(technical.get("max").asDouble()).isEqualTo(20.0);
        assertThat(technical.get("pillar").asString()).isEqualTo("gci-technical");

        JsonNode needs = new Api(port).ok("/api/needs/AL");
        assertThat(Api.texts(needs, "code")).as("18 of 20 on cooperation is no need").containsExactly("technical");
        JsonNode need = needs.path(0);
        assertThat(need.path("index").asString()).isEqualTo("gci");
        assertThat(need.path("year").asLong()).isEqualTo(2099);
        assertThat(Api.texts(need.path("themes"), null)).containsExactly("incident-response");
        assertThat(need.path("response").asString()).isEqualTo("direct");
        assertThat(Api.texts(need.path("projects"), "id")).containsExactly("ega-cybersecurity-governance-al-me-mk");
    }

    @Test
    void relationsNameTheirTypeAndTheModelDecidesWhatMayLinkWhat() throws IOException {
        Path file = file("relations.csv", """
                from,type,to,role,start,end,source,quote
                RS,funds,gci,,,,iceda-article,"Serbia 39 rank (89.8 score)"
                RS,NO_SUCH,gci,,,,iceda-article,"Serbia 39 rank (89.8 score)"
                RS,BORDERS,ME,host,,,iceda-article,"Serbia 39 rank (89.8 score)"
                """);

        assertThat(csv(file).problems()).extracting(Problem::toString).satisfiesExactly(
                first -> assertThat(first).isEqualTo("relations.csv:2: to: the model has no FUNDS from a Country to "
                        + "a Index ((RS)-[:FUNDS]->(gci))"),
                second -> assertThat(second).startsWith("relations.csv:3: type: unknown relationship type "
                        + "'NO_SUCH'; the model has MEMBER_OF, "),
                third -> assertThat(third).isEqualTo("relations.csv:4: role: BORDERS has no role"));
    }

    @Test
    void importsOverHttpAreDisabledWithoutAToken() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + port + "/api/imports/gci?dryRun=true&name=gci.csv"))
                .header("Authorization", "Bearer a-guess")
                .POST(HttpRequest.BodyPublishers.ofString("country,year,rank,score,source,quote\n")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("imports disabled");
    }

    @Test
    void withATokenTheEndpointImportsAndAnswers401Or422() throws Exception {
        ImportController controller = new ImportController(imports, new ImportProperties("s3cret"));
        byte[] fixture = Files.readAllBytes(TEMPLATES.resolve("example-gci-2020.csv"));

        assertThat(controller.importBody("gci", body(fixture), "gci.csv", true, false, 1000, Map.of(),
                "Bearer wrong")
                .getStatusCode().value()).isEqualTo(401);

        ResponseEntity<?> dryRun = controller.importBody("gci", body(fixture), "gci.csv", true, false, 1000,
                Map.of(), "Bearer s3cret");
        assertThat(dryRun.getStatusCode().value()).isEqualTo(200);
        ImportController.Result result = (ImportController.Result) dryRun.getBody();
        assertThat(result.report().nodes()).isEqualTo(new ImportReport.Counts(0, 0, 4));
        assertThat(result.plan()).contains("gci.csv:2: unchanged Score gci-2020-rs");

        ResponseEntity<?> invalid = controller.importBody("gci", body("country,year,rank,score,source,quote\n"
                + "Serbia,2020,39,89.8,iceda-article,Serbia 39 rank (89.8 score)\n"), "gci.csv", false, false, 1000,
                Map.of(), "Bearer s3cret");
        assertThat(invalid.getStatusCode().value()).isEqualTo(422);
        assertThat(((ProblemDetail) invalid.getBody()).getProperties().get("problems").toString())
                .contains("'Serbia' is not an ISO 3166-1 alpha-2 code");

        // any other query parameter is the reader's: ?country=RS&source=ncsi-serbia for Serbia's NCSI page
        byte[] page = Files.readAllBytes(Path.of("cypher/sources/002_897cc545091773c7.txt"));
        ResponseEntity<?> ncsi = controller.importBody("ncsi", body(page), "serbia.txt", true, false, 1000,
                Map.of("name", "serbia.txt", "dryRun", "true", "country", "RS", "source", "ncsi-serbia"),
                "Bearer s3cret");
        assertThat(ncsi.getStatusCode().value()).isEqualTo(200);
        assertThat(((ImportController.Result) ncsi.getBody()).report().changesNothing()).isTrue();
        ResponseEntity<?> noCountry = controller.importBody("ncsi", body(page), "serbia.txt", true, false, 1000,
                Map.of(), "Bearer s3cret");
        assertThat(noCountry.getStatusCode().value()).isEqualTo(422);
        assertThat(((ProblemDetail) noCountry.getBody()).getProperties().get("problems").toString())
                .contains("country: the ncsi format needs the page's country");
        assertThat(GraphFingerprint.of(driver)).isEqualTo(undo.before());
    }

    private static MockHttpServletRequest body(byte[] content) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/imports/gci");
        request.setContent(content);
        return request;
    }

    private static MockHttpServletRequest body(String content) {
        return body(content.getBytes(StandardCharsets.UTF_8));
    }
}
