package org.wbcyber.graph.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wbcyber.graph.support.Api;
import org.wbcyber.graph.support.ApiTest;

import tools.jackson.databind.JsonNode;

/** Brokers and communities of the curated cooperation network, as the documents imply them. */
class StructureTest extends ApiTest {

    @Test
    void enisaAndTheEuBridgeTheGroupsTheDocumentsDescribe() {
        JsonNode brokers = api.ok("/api/brokers?limit=5");

        // ENISA is the one actor both at the Budapest cybercrime workshop and at the Tirana EMB roundtable; the
        // EU funds both the law-enforcement projects and ICEDA and the e-GA project.
        assertThat(Api.texts(brokers.path("items"), "actor.id").subList(0, 2)).containsExactly("enisa", "EU");
        assertThat(brokers.path("items").path(0).path("betweenness").asDouble())
                .isGreaterThan(brokers.path("items").path(2).path("betweenness").asDouble());
        assertThat(brokers.path("items")).hasSize(5);
    }

    @Test
    void theElectionBodiesTheLawEnforcementProjectsAndIcedaFormTheirOwnCommunities() {
        JsonNode communities = api.ok("/api/communities");

        assertThat(communityOf(communities, "nikola-mugosa"))
                .contains("al-central-election-commission", "suad-arnautovic", "kreshnik-radoniqi")
                .doesNotContain("cepol", "EU");
        assertThat(communityOf(communities, "cepol")).contains("europol", "al-state-police", "cilc")
                .doesNotContain("nikola-mugosa");
        assertThat(communityOf(communities, "mk-metamorphosis-foundation"))
                .contains("EU", "ee-egovernance-academy", "xk-open-data-kosovo");
        assertThat(communities.path("modularity").asDouble()).isBetween(0.3, 1.0);
        JsonNode elections = community(communities, "nikola-mugosa");
        assertThat(Api.texts(elections.path("sharedContexts"), null)).contains("wb-emb-roundtable-tirana-2023");
    }

    @Test
    void badLimitsAreRefusedNamingTheParameter() {
        assertThat(api.get("/api/brokers?limit=0").status()).isEqualTo(400);
        assertThat(api.get("/api/communities?minSize=0").body()).contains("minSize");
    }

    private static List<String> communityOf(JsonNode communities, String member) {
        return Api.texts(community(communities, member).path("members"), "id");
    }

    private static JsonNode community(JsonNode communities, String member) {
        for (JsonNode c : communities.path("items")) {
            if (Api.texts(c.path("members"), "id").contains(member)) {
                return c;
            }
        }
        throw new AssertionError(member + " is in no community");
    }
}
