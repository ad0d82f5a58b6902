package org.wbcyber.graph.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wbcyber.graph.support.Api;
import org.wbcyber.graph.support.ApiTest;

import tools.jackson.databind.JsonNode;

/** Where does an edge come from? The source and the quote, one request away. */
class ProvenanceTest extends ApiTest {

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
}
