package org.wbcyber.graph.ingest.iati;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.wbcyber.graph.support.GraphTest;
import org.wbcyber.graph.support.UndoImports;

/**
 * The IATI reader through the importers' common path, against the shared graph: the fixture's organisations meet
 * the curated EU and GIZ, its countries and themes the curated ones. What the import wrote carries its dataset
 * (iati:…) and is deleted afterwards; the curated graph's fingerprint must then be what it was.
 */
@GraphTest
@SuppressWarnings("unchecked")
class IatiImportTest {

    private static final Path FIXTURES = Path.of("src", "test", "resources", "iati");

    @RegisterExtension
    final UndoImports undo = new UndoImports("iati");

    @Autowired
    Driver driver;

    @Autowired
    ImportService imports;

    private final List<String> lines = new ArrayList<>();



    private ImportReport run(String fixture, ImportOptions options) {
        return imports.run(imports.reader("iati").orElseThrow(), FIXTURES.resolve(fixture), options, lines::add);
    }

    private Record single(String cypher) {
        return driver.executableQuery(cypher).execute().records().get(0);
    }

    @Test
    void importsActivitiesOntoTheCuratedActorsAndReimportChangesNothing() {
        ImportReport report = run("activities-valid.xml", ImportOptions.defaults());

        assertThat(report.problems()).isEmpty();
        assertThat(report.written()).isTrue();
        // the file, three projects, four new organisations (MFA, NGO, foundation); the rest links
        assertThat(report.nodes().created()).isEqualTo(1 + 3 + 3);
        Record project = single("""
                MATCH (p:Project {id: 'iati-xi-example-eu-1001'})
                RETURN p.name AS name, p.status AS status, p.periodStart AS start, p.periodEnd AS end,
                       p.budgetAmount AS budget, p.iatiIdentifier AS identifier, p.sources AS sources""");
        assertThat(project.get("name").asString()).isEqualTo("Western Balkans Cyber Resilience (example)");
        assertThat(project.get("status").asString()).isEqualTo("ongoing");
        assertThat(project.get("start").asLocalDate()).hasToString("2024-02-15");
        assertThat(project.get("end").asLocalDate()).hasToString("2026-12-31");
        assertThat(project.get("budget").asDouble()).isEqualTo(1_150_000.0);
        assertThat(project.get("identifier").asString()).isEqualTo("XI-EXAMPLE-EU-1001");
        assertThat(project.get("sources").asList()).containsExactly("import-activities-valid-xml");

        Record funds = single("""
                MATCH (:Region {id: 'EU'})-[f:FUNDS]->(:Project {id: 'iati-xi-example-eu-1001'})
                RETURN f.amount AS amount, f.currency AS currency, f.valueDateStart AS first, f.valueDateEnd AS last,
                       f.role AS role""");
        assertThat(funds.get("amount").asDouble()).isEqualTo(1_150_000.5);
        assertThat(funds.get("currency").asString()).isEqualTo("EUR");
        assertThat(funds.get("first").asLocalDate()).hasToString("2024-01-10");
        assertThat(funds.get("last").asLocalDate()).hasToString("2024-06-01");
        assertThat(funds.get("role").asString()).isEqualTo("funder");

        assertThat(single("""
                MATCH (p:Project {id: 'iati-xi-example-eu-1001'})
                RETURN [(:Organisation {id: 'de-giz'})-[:IMPLEMENTS]->(p) | 1] AS giz,
                       [(p)-[b:BENEFITS]->(c:Country) | c.id + ' ' + toString(b.percentage)] AS countries,
                       [(p)-[:HAS_THEME]->(t:Theme) | t.id] AS themes""").asMap())
                .containsEntry("giz", List.of(1L))
                .hasEntrySatisfying("countries", c -> assertThat((List<Object>) c)
                        .containsExactlyInAnyOrder("RS 60.0", "AL 40.0"))
                .hasEntrySatisfying("themes", t -> assertThat((List<Object>) t)
                        .containsExactlyInAnyOrder("policy-strategy", "e-government", "connectivity",
                                "digital-economy"));
        Map<String, Object> ngo = single("""
                MATCH (o:Organisation:Actor {id: 'iati-org-xi-example-ngo-7'})
                RETURN o.kind AS kind, o.iatiRefs AS refs, size(o.names) > 0 AS searchable""").asMap();
        assertThat(ngo).containsEntry("kind", "ngo").containsEntry("refs", List.of("XI-EXAMPLE-NGO-7"))
                .containsEntry("searchable", true);
        assertThat(single("MATCH (:Project {id: 'iati-xi-example-fdn-2002'})-[:BENEFITS]->(r:Region) RETURN r.id AS id")
                .get("id").asString()).isEqualTo("WB");

        // the second time the new organisations are found by their iatiRefs: nothing to create or change
        ImportReport again = run("activities-valid.xml", ImportOptions.defaults());
        assertThat(again.problems()).isEmpty();
        assertThat(again.changesNothing()).as(again.toString()).isTrue();
    }

    @Test
    void anInvalidFileIsRejectedWithEveryProblem() {
        ImportReport report = run("activities-invalid.xml", ImportOptions.defaults());

        assertThat(report.rejected()).isTrue();
        assertThat(report.written()).isFalse();
        assertThat(report.problems()).extracting(Problem::toString).contains(
                "activities-invalid.xml:4: iati-identifier: missing iati-identifier: activity skipped",
                "activities-invalid.xml:14: activity-date/@iso-date: bad date '2024-13-45' (expected YYYY-MM-DD)",
                "activities-invalid.xml:21: budget/value: non-numeric value '1.2 million'");
        assertThat(report.problems()).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void skipInvalidWritesWhatIsSound() {
        ImportReport report = run("activities-invalid.xml", ImportOptions.defaults().withSkipInvalid(true));

        assertThat(report.written()).isTrue();
        assertThat(single("""
                MATCH (p:Project {id: 'iati-xi-example-bad-2'})
                RETURN p.status IS NULL AS noStatus, [(p)-[:HAS_THEME]->(t) | t.id] AS themes""").asMap())
                .containsEntry("noStatus", true)
                .hasEntrySatisfying("themes", t -> assertThat((List<Object>) t).contains("policy-strategy"));
    }
}
