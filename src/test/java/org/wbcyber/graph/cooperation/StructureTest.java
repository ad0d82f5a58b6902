package org.wbcyber.graph.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;

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
    void aFocusedNetworkIsMeasuredAsTheNetworkViewDrawsIt() {
        JsonNode brokers = api.ok("/api/brokers?actor=cepol&hops=1&limit=200");
        JsonNode network = api.ok("/api/network?actor=cepol&hops=1");

        assertThat(brokers.path("focus").asString()).isEqualTo("cepol");
        assertThat(brokers.path("truncated").asBoolean()).isFalse();
        assertThat(brokers.path("pairs").asInt()).isEqualTo(network.path("edges").size());
        TreeSet<String> linked = new TreeSet<>(Api.texts(network.path("edges"), "source"));
        linked.addAll(Api.texts(network.path("edges"), "target"));
        assertThat(brokers.path("actors").asInt()).isEqualTo(linked.size());
        assertThat(new TreeSet<>(Api.texts(brokers.path("items"), "actor.id"))).isEqualTo(linked);
        JsonNode cepol = null;
        for (JsonNode item : brokers.path("items")) {
            if (item.path("actor").path("id").asString().equals("cepol")) {
                cepol = item;
            }
        }
        assertThat(cepol).as("cepol is measured").isNotNull();
        assertThat(cepol.path("degree").asInt()).as("one hop out, every other actor is a partner of CEPOL")
                .isEqualTo(linked.size() - 1);
        assertThat(api.ok("/api/brokers?limit=5").path("focus").isNull()).as("the whole network").isTrue();
    }

    @Test
    void theElectionBodiesAreACommunityOfTheElectionsNetworkToo() {
        JsonNode communities = api.ok("/api/communities?theme=elections&hops=0");

        assertThat(communities.path("focus").asString()).isEqualTo("elections");
        assertThat(communityOf(communities, "nikola-mugosa"))
                .contains("al-central-election-commission", "suad-arnautovic", "kreshnik-radoniqi")
                .doesNotContain("cepol");
        assertThat(Api.texts(community(communities, "nikola-mugosa").path("sharedContexts"), null))
                .contains("wb-emb-roundtable-tirana-2023");
    }

    @Test
    void badLimitsAreRefusedNamingTheParameter() {
        assertThat(api.get("/api/brokers?limit=0").status()).isEqualTo(400);
        assertThat(api.get("/api/communities?minSize=0").body()).contains("minSize");
        assertThat(api.get("/api/brokers?country=AL&nodes=0").body()).contains("nodes");
        assertThat(api.get("/api/communities?theme=elections&hops=4").body()).contains("hops");
        assertThat(api.get("/api/brokers?country=QQ").status()).isEqualTo(404);
        assertThat(api.get("/api/brokers?country=AL&theme=elections").status()).isEqualTo(400);
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
