package org.wbcyber.graph.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.wbcyber.graph.support.Api;
import org.wbcyber.graph.support.ApiTest;

import tools.jackson.databind.JsonNode;

/** Donor coverage of the Western Balkans: who covers which country and theme, where nobody does, where several do. */
class CoverageTest extends ApiTest {

    @Autowired
    Driver driver;

    @Test
    void noProjectInTheDocumentsCoversElectionsInKosovo() {
        JsonNode coverage = api.ok("/api/coverage");

        List<String> gaps = new ArrayList<>();
        coverage.path("gaps").forEach(g -> gaps.add(g.path("country").asString() + ":" + g.path("theme").asString()));
        assertThat(gaps).contains("XK:elections", "BA:elections", "RS:data-protection");
        assertThat(Api.texts(coverage.path("countries"), "id")).containsExactly("AL", "BA", "ME", "MK", "RS", "XK");
    }

    /**
     * The matrix and its CSV are kept until the graph changes (AnswerCache): a project written by anyone, here over
     * Bolt as in Browser, is in the next answer, and gone from the one after its removal.
     */
    @Test
    void aProjectWrittenToTheGraphIsInTheNextMatrixAndLeavesItWhenRemoved() {
        assertThat(gapCountries(api.ok("/api/coverage?theme=elections"))).contains("XK");

        driver.executableQuery("""
                MATCH (kosovo:Country {id: 'XK'}), (elections:Theme {id: 'elections'})
                CREATE (p:Project {id: 'coverage-test-probe', name: 'Coverage test probe'}),
                       (p)-[:BENEFITS]->(kosovo), (p)-[:HAS_THEME]->(elections)""").execute();
        try {
            JsonNode coverage = api.ok("/api/coverage?theme=elections");
            assertThat(gapCountries(coverage)).doesNotContain("XK");
            assertThat(coverage.path("cells").valueStream()
                    .filter(c -> c.path("country").asString().equals("XK"))
                    .flatMap(c -> c.path("projects").valueStream()).map(p -> p.path("id").asString()))
                    .containsExactly("coverage-test-probe");
            assertThat(api.get("/api/coverage/matrix.csv?theme=elections").body())
                    .contains("(funder not stated),(funder not stated),XK,elections,coverage-test-probe");
        } finally {
            driver.executableQuery("MATCH (p:Project {id: 'coverage-test-probe'}) DETACH DELETE p").execute();
        }
        assertThat(gapCountries(api.ok("/api/coverage?theme=elections"))).contains("XK");
        assertThat(api.get("/api/coverage/matrix.csv?theme=elections").body()).doesNotContain("coverage-test-probe");
    }

    private static List<String> gapCountries(JsonNode coverage) {
        return coverage.path("gaps").valueStream().map(g -> g.path("country").asString()).toList();
    }

    @Test
    void theEuCoversPolicyAndStrategyInAlbaniaDirectlyThroughTheEgaProject() {
        JsonNode coverage = api.ok("/api/coverage?theme=policy-strategy");

        JsonNode cell = null;
        for (JsonNode c : coverage.path("cells")) {
            if (c.path("donor").asString().equals("EU") && c.path("country").asString().equals("AL")) {
                cell = c;
            }
        }
        assertThat(cell).isNotNull();
        assertThat(cell.path("reach").asString()).isEqualTo("direct");
        assertThat(cell.path("projects").findValuesAsString("id")).contains("ega-cybersecurity-governance-al-me-mk");
        List<String> gaps = new ArrayList<>();
        coverage.path("gaps").forEach(g -> gaps.add(g.path("country").asString()));
        assertThat(gaps).doesNotContain("AL", "ME", "MK");
    }

    @Test
    void cscwbAndWbPactOverlapOnOrganisedCrimeInEveryWesternBalkansCountryRegionally() {
        JsonNode coverage = api.ok("/api/coverage?theme=organised-crime");

        assertThat(coverage.path("overlaps")).hasSize(6);
        JsonNode kosovo = coverage.path("overlaps").path(5);
        assertThat(kosovo.path("country").asString()).isEqualTo("XK");
        assertThat(Api.texts(kosovo.path("projects"), "id")).containsExactlyInAnyOrder("cscwb-ipa-2019", "wb-pact");
        assertThat(Api.texts(kosovo.path("projects"), "reach")).containsOnly("regional");
        assertThat(kosovo.path("donors").valueStream().map(JsonNode::asString).toList())
                .containsExactly("EU", "de-bmz", "it-ministry-of-interior");
        assertThat(kosovo.path("periodOverlap").asString()).as("neither period is stated").isEqualTo("unknown");
    }

    @Test
    void cellsAndOverlapsCountTheirProjectsAndListAtMostTheAskedNumber() {
        JsonNode coverage = api.ok("/api/coverage?theme=organised-crime&projects=1");

        JsonNode kosovo = null;
        for (JsonNode overlap : coverage.path("overlaps")) {
            if (overlap.path("country").asString().equals("XK")) {
                kosovo = overlap;
            }
        }
        assertThat(kosovo).isNotNull();
        assertThat(kosovo.path("projectCount").asInt()).isEqualTo(2);
        assertThat(Api.texts(kosovo.path("projects"), "id")).containsExactly("cscwb-ipa-2019");
        for (JsonNode cell : coverage.path("cells")) {
            assertThat(cell.path("projects").size()).isEqualTo(Math.min(1, cell.path("projectCount").asInt()));
        }
        assertThat(api.ok("/api/coverage?theme=organised-crime&projects=0").path("cells").path(0).path("projects"))
                .isEmpty();
    }

    @Test
    void theDonorsWithMostProjectsComeFirstAndAskingForOneKeepsOnlyItsCells() {
        JsonNode all = api.ok("/api/coverage");
        JsonNode one = api.ok("/api/coverage?donors=1");

        List<Integer> counts = new ArrayList<>();
        all.path("donors").forEach(d -> counts.add(d.path("projectCount").asInt()));
        assertThat(counts).hasSizeGreaterThan(3).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(all.path("donorTotal").asInt()).isEqualTo(counts.size());
        assertThat(one.path("donorTotal").asInt()).isEqualTo(counts.size());
        String first = all.path("donors").path(0).path("id").asString();
        assertThat(first).as("the donor of most projects reaching the Western Balkans").isEqualTo("EU");
        assertThat(Api.texts(one.path("donors"), "id")).containsExactly(first);
        assertThat(Api.texts(one.path("cells"), "donor")).isNotEmpty().containsOnly(first);
        assertThat(one.path("gaps")).isEqualTo(all.path("gaps"));
    }

    @Test
    void theMatrixGapsAndOverlapsDownloadAsCsv() {
        Api.Response matrix = api.get("/api/coverage/matrix.csv?theme=organised-crime");
        Api.Response gaps = api.get("/api/coverage/gaps.csv");
        Api.Response overlaps = api.get("/api/coverage/overlaps.csv?theme=organised-crime");

        assertThat(matrix.contentType()).startsWith("text/csv");
        String[] rows = matrix.body().split("\r\n");
        assertThat(rows[0]).isEqualTo("donor,donor_name,country,theme,project,project_name,reach,period");
        assertThat(rows).contains("de-bmz,German Federal Ministry for Economic Cooperation and Development,XK,"
                + "organised-crime,cscwb-ipa-2019,Countering Serious Crime in the Western Balkans,regional,");
        assertThat(gaps.body()).startsWith("country,theme\r\n").contains("XK,elections\r\n");
        assertThat(overlaps.body()).contains("XK,organised-crime,cscwb-ipa-2019 (regional); wb-pact (regional),"
                + "EU; de-bmz; it-ministry-of-interior,unknown");
    }
}
