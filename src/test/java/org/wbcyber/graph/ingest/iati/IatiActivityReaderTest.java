package org.wbcyber.graph.ingest.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wbcyber.graph.curation.Problem;
import org.wbcyber.graph.ingest.ImportReader;
import org.wbcyber.graph.ingest.ImportRecord;
import org.wbcyber.graph.model.GraphModel;
import org.wbcyber.graph.model.ModelReader;

class IatiActivityReaderTest {

    private static final String VALID = "activities-valid.xml";
    private static final String SOURCE = "import-activities-valid-xml";

    /** The curated actors the fixtures name, as the graph holds them (cypher/data/reference.yaml, cscwb-workshop.yaml). */
    private static final List<ActorDirectory.Known> CURATED = List.of(
            new ActorDirectory.Known("EU", "Region", List.of("European Union", "EU", "Union"), List.of()),
            new ActorDirectory.Known("WB", "Region", List.of("Western Balkans", "WB"), List.of()),
            new ActorDirectory.Known("de-giz", "Organisation",
                    List.of("Deutsche Gesellschaft für Internationale Zusammenarbeit", "GIZ"), List.of()));

    private static IatiSectors sectors;

    @BeforeAll
    static void mapping() throws IOException {
        GraphModel model = ModelReader.read(Files.readString(Path.of("cypher/model.yaml")));
        sectors = IatiSectors.read(IatiSectors.FILE, Files.readString(Path.of("cypher", IatiSectors.FILE)),
                model.themes().terms().keySet());
    }

    private final IatiActivityReader reader = new IatiActivityReader(() -> CURATED, sectors);

    private record Result(List<ImportRecord> records, List<Problem> problems, List<Long> progress) {

        ImportRecord.Node node(String id) {
            return records.stream().filter(r -> r instanceof ImportRecord.Node n && n.id().equals(id))
                    .map(ImportRecord.Node.class::cast).findFirst().orElseThrow(() -> new AssertionError("no " + id));
        }

        Optional<ImportRecord.Link> link(String type, String from, String to) {
            return records.stream().filter(r -> r instanceof ImportRecord.Link l && l.type().equals(type)
                    && l.fromId().equals(from) && l.toId().equals(to)).map(ImportRecord.Link.class::cast).findFirst();
        }

        List<String> targets(String type, String from) {
            return records.stream().filter(r -> r instanceof ImportRecord.Link l && l.type().equals(type)
                    && l.fromId().equals(from)).map(r -> ((ImportRecord.Link) r).toId()).toList();
        }
    }

    private Result read(String fileName, InputStream input) throws IOException {
        List<ImportRecord> records = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Long> progress = new ArrayList<>();
        reader.read(fileName, input, new ImportReader.Sink() {
            @Override
            public void record(ImportRecord record) {
                records.add(record);
            }

            @Override
            public void problem(Problem problem) {
                problems.add(problem);
            }

            @Override
            public void progress(long done, String unit) {
                assertThat(unit).isEqualTo("activities");
                progress.add(done);
            }
        });
        return new Result(records, problems, progress);
    }

    private Result fixture(String name) throws IOException {
        try (InputStream input = getClass().getResourceAsStream("/iati/" + name)) {
            return read(name, input);
        }
    }

    @Test
    void firstRecordIsTheFileAndEveryOtherCitesIt() throws IOException {
        Result result = fixture(VALID);
        assertThat(result.problems()).isEmpty();
        ImportRecord.Node file = (ImportRecord.Node) result.records().get(0);
        assertThat(file.label()).isEqualTo("Source");
        assertThat(file.id()).isEqualTo(SOURCE);
        assertThat(result.records().subList(1, result.records().size())).allSatisfy(record -> {
            assertThat(record.evidence()).isNotEmpty();
            assertThat(record.evidence()).allSatisfy(e -> {
                assertThat(e.source()).isEqualTo(SOURCE);
                assertThat(e.quote()).isNotBlank();
            });
        });
        assertThat(result.progress()).containsExactly(3L);
    }

    @Test
    void activityBecomesAProjectInTheModelsTerms() throws IOException {
        Result result = fixture(VALID);
        ImportRecord.Node project = result.node("iati-xi-example-eu-1001");
        assertThat(project.label()).isEqualTo("Project");
        assertThat(project.position().line()).isEqualTo(4);
        assertThat(project.evidence()).containsExactly(
                new ImportRecord.Evidence(SOURCE, "iati-identifier XI-EXAMPLE-EU-1001"));
        Map<String, Object> p = project.properties();
        assertThat(p).containsEntry("name", "Western Balkans Cyber Resilience (example)")
                .containsEntry("iatiIdentifier", "XI-EXAMPLE-EU-1001")
                .containsEntry("status", "ongoing")
                // the actual start replaces the planned one; no actual end, so the planned end
                .containsEntry("period", "2024-02-15/2026-12-31")
                // 2024's budget and 2025's revised budget, which replaces the original one
                .containsEntry("budgetAmount", "1150000")
                .containsEntry("budgetCurrency", "EUR")
                .containsEntry("budgetText", "1150000 EUR (IATI budget, 2 periods 2024-01-01/2025-12-31)");
        assertThat((String) p.get("description")).startsWith("An example activity strengthening national CERTs");
        assertThat((String) p.get("objective")).startsWith("National cyber strategies adopted");
        assertThat((String) p.get("note")).contains("sectors not mapped to themes: 15111");

        ImportRecord.Node closed = result.node("iati-xi-example-fdn-2002");
        assertThat(closed.properties()).containsEntry("status", "completed")
                .containsEntry("period", "2021-03-01/2023-02-28").doesNotContainKey("budgetAmount");
        assertThat((String) closed.properties().get("note"))
                .contains("recipient-region 998 (Developing countries, unspecified) is no known region")
                .contains("220 (vocabulary 2)");
        assertThat(result.node("iati-xi-example-eu-3003").properties()).containsEntry("status", "planned")
                .containsEntry("period", "2027-01-01/");
    }

    @Test
    void participatingOrganisationsMatchCuratedActorsOrBecomeNewOnes() throws IOException {
        Result result = fixture(VALID);
        String project = "iati-xi-example-eu-1001";
        // by name (the ref is not among the EU's iatiRefs), by the bracketed acronym, by a new ref
        ImportRecord.Link eu = result.link("FUNDS", "EU", project).orElseThrow();
        assertThat(eu.properties()).containsEntry("role", "funder");
        assertThat(eu.evidence().get(0).quote()).isEqualTo("participating-org Funding European Union");
        assertThat(result.link("IMPLEMENTS", "de-giz", project)).isPresent();
        assertThat(result.link("IMPLEMENTS", "iati-org-xi-example-ngo-7", project)).isPresent();
        assertThat(result.link("OVERSEES", "iati-org-xi-example-mfa", project)).isPresent();
        ImportRecord.Node ngo = result.node("iati-org-xi-example-ngo-7");
        assertThat(ngo.label()).isEqualTo("Organisation");
        assertThat(ngo.properties()).containsEntry("name", "Example Cyber Civic Lab").containsEntry("kind", "ngo")
                .containsEntry("iatiRefs", List.of("XI-EXAMPLE-NGO-7"));
        assertThat(result.node("iati-org-xi-example-mfa").properties()).containsEntry("kind", "government-body");

        // without diacritics (role 3 Extending → MANAGES); the NGO by its ref only, stated once per import
        assertThat(result.link("MANAGES", "de-giz", "iati-xi-example-fdn-2002")).isPresent();
        assertThat(result.link("IMPLEMENTS", "iati-org-xi-example-ngo-7", "iati-xi-example-fdn-2002")).isPresent();
        assertThat(result.records().stream().filter(r -> r instanceof ImportRecord.Node n
                && n.id().equals("iati-org-xi-example-ngo-7"))).hasSize(1);
        // by acronym
        assertThat(result.link("FUNDS", "EU", "iati-xi-example-eu-3003")).isPresent();
        assertThat(result.records().stream().filter(r -> r instanceof ImportRecord.Node n
                && n.id().equals("de-giz"))).as("curated actors are linked, never restated").isEmpty();
    }

    @Test
    void recipientsWithPercentagesAndThemesFromSectors() throws IOException {
        Result result = fixture(VALID);
        String project = "iati-xi-example-eu-1001";
        assertThat(result.link("BENEFITS", project, "RS").orElseThrow().properties())
                .containsEntry("percentage", "60");
        assertThat(result.link("BENEFITS", project, "AL").orElseThrow().properties())
                .containsEntry("percentage", "40");
        assertThat(result.link("BENEFITS", "iati-xi-example-fdn-2002", "ME").orElseThrow().properties()).isEmpty();
        assertThat(result.targets("BENEFITS", "iati-xi-example-fdn-2002")).containsExactly("ME", "WB");
        assertThat(result.targets("BENEFITS", "iati-xi-example-eu-3003")).containsExactly("XK");

        assertThat(result.targets("HAS_THEME", project))
                .containsExactly("policy-strategy", "e-government", "connectivity", "digital-economy");
        assertThat(result.link("HAS_THEME", project, "policy-strategy").orElseThrow().evidence().get(0).quote())
                .isEqualTo("sector 15110 Public sector policy and administrative management");
        assertThat(result.targets("HAS_THEME", "iati-xi-example-fdn-2002"))
                .containsExactly("civic-engagement", "internet-governance");
        // without the elections theme of the namespaced extension element
        assertThat(result.targets("HAS_THEME", "iati-xi-example-eu-3003"))
                .containsExactly("policy-strategy", "cybercrime");
    }

    @Test
    void fundersCarryTheirCommitmentsWithCurrencyAndValueDates() throws IOException {
        Result result = fixture(VALID);
        // two incoming commitments from the EU, the second in the default currency; the disbursement is not summed
        assertThat(result.link("FUNDS", "EU", "iati-xi-example-eu-1001").orElseThrow().properties())
                .containsEntry("amount", "1150000.50").containsEntry("currency", "EUR")
                .containsEntry("valueDate", "2024-01-10/2024-06-01");
        // an outgoing commitment without provider-org is the reporting organisation's
        assertThat(result.link("FUNDS", "iati-org-xi-example-fdn", "iati-xi-example-fdn-2002").orElseThrow()
                .properties()).containsEntry("amount", "250000").containsEntry("currency", "USD")
                .containsEntry("valueDate", "2021-03-15");
        assertThat(result.link("FUNDS", "EU", "iati-xi-example-eu-3003").orElseThrow().properties())
                .doesNotContainKeys("amount", "currency", "valueDate");
    }

    @Test
    void reportsEveryProblemWithLineAndFieldInOneRun() throws IOException {
        Result result = fixture("activities-invalid.xml");
        assertThat(result.problems()).extracting(p -> p.position().line() + " " + p.field()).containsExactly(
                "4 iati-identifier",
                "13 activity-status/@code",
                "14 activity-date/@iso-date",
                "21 budget/value",
                "10 participating-org/@role",
                "25 transaction/value/@currency",
                "15 recipient-country/@percentage",
                "16 recipient-country/@code",
                "17 sector/@percentage",
                "28 title");
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.position().file())
                .isEqualTo("activities-invalid.xml"));
        assertThat(result.problems().get(0).message()).isEqualTo("missing iati-identifier: activity skipped");
        assertThat(result.problems().get(2).message()).isEqualTo("bad date '2024-13-45' (expected YYYY-MM-DD)");
        assertThat(result.problems().get(3).message()).isEqualTo("non-numeric value '1.2 million'");
        assertThat(result.problems().get(4).message()).startsWith("unknown role code '7'");
        assertThat(result.problems().get(5).message()).startsWith("unknown currency format 'euro'");
        assertThat(result.problems().get(6).message()).startsWith("bad percentage '120'");
        // what is sound in a faulty activity is still read, for --skip-invalid
        assertThat(result.node("iati-xi-example-bad-2").properties()).doesNotContainKeys("status", "period");
        assertThat(result.targets("HAS_THEME", "iati-xi-example-bad-2")).contains("policy-strategy");
    }

    @Test
    void malformedXmlIsAProblemWithItsLine() throws IOException {
        String xml = """
                <iati-activities version="2.03">
                  <iati-activity>
                    <iati-identifier>XI-EXAMPLE-1</iati-identifier>
                    <title><narrative>Broken</title>
                </iati-activities>
                """;
        Result result = read("broken.xml", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().get(0).position().line()).isEqualTo(4);
        assertThat(result.problems().get(0).message()).startsWith("not well-formed XML, reading stopped");
        assertThat(result.records()).hasSize(1);
    }

    @Test
    void notAnActivityFile() throws IOException {
        Result result = read("orgs.xml", new ByteArrayInputStream(
                "<iati-organisations version=\"2.03\"/>".getBytes(StandardCharsets.UTF_8)));
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("expected <iati-activities>, found <iati-organisations>"));
    }

    /**
     * Streams a generated file of 20,000 activities with a counting sink: nothing is kept but counts, so heap use
     * shows what the reader itself holds (one activity and the organisations it has stated). Timing and heap are
     * printed, not asserted: the machine is shared.
     */
    @Test
    void streamsLargeFiles(@TempDir Path folder) throws IOException {
        int activities = 20_000;
        Path file = folder.resolve("large.xml");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\">\n");
            for (int i = 1; i <= activities; i++) {
                out.write("""
                        <iati-activity default-currency="EUR">
                          <iati-identifier>XI-EXAMPLE-LARGE-%1$d</iati-identifier>
                          <title><narrative>Generated activity %1$d</narrative></title>
                          <participating-org ref="XI-EXAMPLE-FUNDER" role="1" type="10"><narrative>Example Funder</narrative></participating-org>
                          <activity-status code="2"/>
                          <activity-date type="1" iso-date="2024-01-01"/>
                          <recipient-country code="RS" percentage="100"/>
                          <sector vocabulary="1" code="22040"/>
                          <transaction><transaction-type code="11"/><value value-date="2024-01-01">%1$d</value></transaction>
                        </iati-activity>
                        """.formatted(i));
            }
            out.write("</iati-activities>\n");
        }
        long[] counts = new long[3];
        List<Long> progress = new ArrayList<>();
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        long[] heapPeak = {heapBefore};
        long started = System.nanoTime();
        try (InputStream input = Files.newInputStream(file)) {
            reader.read("large.xml", input, new ImportReader.Sink() {
                @Override
                public void record(ImportRecord record) {
                    counts[record instanceof ImportRecord.Node n && n.label().equals("Project") ? 0 : 1]++;
                }

                @Override
                public void problem(Problem problem) {
                    counts[2]++;
                }

                @Override
                public void progress(long done, String unit) {
                    progress.add(done);
                    // after a collection, what is left is what the reader retains
                    System.gc();
                    heapPeak[0] = Math.max(heapPeak[0], runtime.totalMemory() - runtime.freeMemory());
                }
            });
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(counts[0]).isEqualTo(activities);
        // the file, the funder (stated once), and per activity FUNDS, BENEFITS and two HAS_THEME
        assertThat(counts[1]).isEqualTo(2 + 4L * activities);
        assertThat(counts[2]).isZero();
        assertThat(progress).hasSize(20).startsWith(1000L).endsWith(20_000L);
        System.out.printf("IATI streaming: %d activities (%d MB file) in %d ms; heap %d MB before, %d MB at most "
                + "(after a GC every 1000 activities)%n", activities, Files.size(file) / 1_000_000, millis,
                heapBefore / 1_000_000, heapPeak[0] / 1_000_000);
    }
}
