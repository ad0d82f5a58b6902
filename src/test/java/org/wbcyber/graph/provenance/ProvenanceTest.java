package org.wbcyber.graph.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.wbcyber.graph.support.Api;
import org.wbcyber.graph.support.ApiTest;

import tools.jackson.databind.JsonNode;

/** Where does an edge come from? The source and the quote, one request away. */
class ProvenanceTest extends ApiTest {

    @Autowired
    Driver driver;

    @Test
    void theEuCoFinancingOfCscwbComesFromTheWorkshopNewsInItsOwnWords() {
        JsonNode statements = api.ok("/api/provenance?from=EU&to=cscwb-ipa-2019");

        assertThat(statements).hasSize(1);
        assertThat(statements.path(0).path("type").asString()).isEqualTo("FUNDS");
        assertThat(statements.path(0).path("role").asString()).isEqualTo("co-financer");
        assertThat(statements.path(0).path("evidence").path(0).path("source").asString()).isEqualTo("cscwb-workshop");
        assertThat(statements.path(0).path("evidence").path(0).path("quote").asString())
                .isEqualTo("co-financed by the European Union");
    }

    @Test
    void everySourceDocumentStatesNodesAndRelationships() {
        JsonNode sources = api.ok("/api/sources");

        assertThat(Api.texts(sources, "id")).containsExactly("country-profiles", "cscwb-workshop", "iceda-article",
                "idea-emb-statement", "ncsi-serbia", "reference");
        sources.forEach(source -> assertThat(source.path("relationships").asLong()).as(source.path("id").asString())
                .isPositive());
    }

    /** The counts are taken in one pass; here each source's, by its definition, one at a time. */
    @Test
    void eachSourceCountsTheNodesAndRelationshipsNamingItOnceEach() {
        JsonNode sources = api.ok("/api/sources");

        Map<String, List<Long>> expected = new TreeMap<>();
        driver.executableQuery("""
                MATCH (s:Source)
                RETURN s.id AS id, COUNT { MATCH (n) WHERE s.id IN n.sources } AS nodes,
                       COUNT { MATCH ()-[r]->() WHERE s.id IN r.sources } AS relationships""").execute().records()
                .forEach(r -> expected.put(r.get("id").asString(),
                        List.of(r.get("nodes").asLong(), r.get("relationships").asLong())));
        Map<String, List<Long>> answered = new TreeMap<>();
        sources.forEach(s -> answered.put(s.path("id").asString(),
                List.of(s.path("nodes").asLong(), s.path("relationships").asLong())));
        assertThat(answered).isEqualTo(expected);
        assertThat(answered.get("cscwb-workshop").get(0)).isPositive();
    }

    @Test
    void aStatementWrittenToTheGraphIsCountedInTheNextAnswer() {
        long before = relationshipsOf("reference", api.ok("/api/sources"));

        driver.executableQuery("""
                MATCH (eu:Region {id: 'EU'}), (p:Project {id: 'wb-pact'})
                CREATE (eu)-[:SUPPORTS {sources: ['reference', 'reference'], quotes: ['a', 'b'],
                                        provenanceTest: true}]->(p)""").execute();
        try {
            assertThat(relationshipsOf("reference", api.ok("/api/sources"))).isEqualTo(before + 1);
        } finally {
            driver.executableQuery("MATCH ()-[r:SUPPORTS {provenanceTest: true}]->() DELETE r").execute();
        }
        assertThat(relationshipsOf("reference", api.ok("/api/sources"))).isEqualTo(before);
    }

    private static long relationshipsOf(String source, JsonNode sources) {
        return sources.valueStream().filter(s -> s.path("id").asString().equals(source)).findFirst().orElseThrow()
                .path("relationships").asLong();
    }
}
