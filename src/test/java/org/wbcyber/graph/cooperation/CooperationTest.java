package org.wbcyber.graph.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.wbcyber.graph.support.Api;
import org.wbcyber.graph.support.ApiTest;

import tools.jackson.databind.JsonNode;

/** Who cooperates with whom: partners, paths and networks, derived from the documents with their evidence. */
class CooperationTest extends ApiTest {

    private JsonNode partner(JsonNode page, String id) {
        for (JsonNode item : page.path("items")) {
            if (item.path("partner").path("id").asString().equals(id)) {
                return item;
            }
        }
        throw new AssertionError(id + " is not among the partners: " + page);
    }

    @Test
    void cepolAndEuropolCooperateOnWbPactAndAtTheBudapestWorkshop() {
        JsonNode europol = partner(api.ok("/api/actors/cepol/partners?size=50"), "europol");

        assertThat(europol.path("weight").asLong()).isEqualTo(2);
        assertThat(europol.path("evidence").findValuesAsString("id"))
                .contains("wb-pact", "cscwb-cybercrime-workshop-2023");
        List<String> statements = new ArrayList<>();
        europol.path("evidence").forEach(e -> e.path("statements").forEach(s -> statements.add(
                s.path("from").asString() + " " + s.path("type").asString() + " " + s.path("to").asString()
                        + " " + s.path("role").asString(null))));
        assertThat(statements).contains("cepol IMPLEMENTS wb-pact lead", "europol IMPLEMENTS wb-pact partner",
                "europol PARTICIPATES_IN cscwb-cybercrime-workshop-2023 representatives");
    }

    @Test
    void aPartnerShowsAtMostTheAskedNumberOfReasonsTheLatestFirstAndItsWeightCountsThemAll() {
        JsonNode europol = partner(api.ok("/api/actors/cepol/partners?size=50&evidence=1"), "europol");

        assertThat(europol.path("weight").asLong()).isEqualTo(2);
        assertThat(europol.path("evidence")).hasSize(1);
        assertThat(europol.path("evidence").path(0).path("context").path("id").asString())
                .as("the dated workshop before the undated WB PaCT").isEqualTo("cscwb-cybercrime-workshop-2023");
    }

    @Test
    void theImplementersOfAProjectCooperateWithTheCoOrganisersOfTheEventItOrganised() {
        JsonNode cepol = partner(api.ok("/api/actors/de-giz/partners?size=50"), "cepol");

        JsonNode evidence = cepol.path("evidence").path(0);
        assertThat(evidence.path("via").path("id").asString()).isEqualTo("cscwb-ipa-2019");
        assertThat(evidence.path("context").path("id").asString()).isEqualTo("cscwb-cybercrime-workshop-2023");
        assertThat(evidence.path("statements")).hasSize(3);
    }

    @Test
    void partnersCanBeFilteredByKindAndByPeriod() {
        JsonNode police = api.ok("/api/actors/cepol/partners?kind=police");
        JsonNode may2023 = api.ok("/api/actors/cepol/partners?from=2023-05-01&to=2023-05-31&size=50");
        JsonNode after = api.ok("/api/actors/cepol/partners?from=2024-01-01");

        List<String> ids = new ArrayList<>();
        police.path("items").forEach(p -> ids.add(p.path("partner").path("id").asString()));
        assertThat(ids).as("police bodies and the groups of law-enforcement agencies").containsExactlyInAnyOrder(
                "al-state-police", "hu-national-police", "wb-lea-community", "eu-ms-lea-community");
        assertThat(partner(may2023, "europol").path("weight").asLong()).as("the workshop only: WB PaCT is undated")
                .isEqualTo(1);
        assertThat(after.path("total").asLong()).isZero();
    }

    @Test
    void theShortestPathFromGizToEuropolRunsThroughCscwbAndTheWorkshopItOrganised() {
        JsonNode paths = api.ok("/api/paths?from=de-giz&to=europol");

        assertThat(paths).hasSize(1);
        assertThat(paths.path(0).path("hops").asInt()).isEqualTo(3);
        assertThat(Api.texts(paths.path(0).path("nodes"), "id"))
                .containsExactly("de-giz", "cscwb-ipa-2019", "cscwb-cybercrime-workshop-2023", "europol");
        paths.path(0).path("statements").forEach(s -> assertThat(s.path("evidence").path(0).path("quote").asString())
                .isNotBlank());
        assertThat(api.ok("/api/paths?from=de-giz&to=europol&maxHops=2")).isEmpty();
    }

    @Test
    void theNetworkAroundAnActorIsGraphJsonWithWeightedEdges() {
        JsonNode network = api.ok("/api/network?actor=cepol&hops=1");

        assertThat(network.path("nodes").path(0).path("id").asString()).isEqualTo("cepol");
        assertThat(network.path("nodes").path(0).path("hop").asInt()).isZero();
        assertThat(Api.texts(network.path("nodes"), "id")).contains("europol", "EU", "hu-national-police");
        JsonNode edge = null;
        for (JsonNode e : network.path("edges")) {
            if (e.path("source").asString().equals("cepol") && e.path("target").asString().equals("europol")) {
                edge = e;
            }
        }
        assertThat(edge).as("cepol--europol").isNotNull();
        assertThat(edge.path("weight").asLong()).isEqualTo(2);
        List<String> ids = Api.texts(network.path("nodes"), "id");
        network.path("edges").forEach(e -> assertThat(ids).contains(e.path("source").asString(), e.path("target").asString()));
    }

    @Test
    void theNetworkOfAThemeStartsFromTheActorsOfItsProjectsAndEvents() {
        JsonNode elections = api.ok("/api/network?theme=elections&hops=0");

        assertThat(Api.texts(elections.path("nodes"), "id")).contains("international-idea", "nikola-mugosa",
                "me-state-electoral-commission").doesNotContain("cepol");
    }

    @Test
    void theNetworkIsAlsoGraphMlThatAnXmlParserReads() throws Exception {
        Api.Response response = api.get("/api/network?country=AL&hops=1&format=graphml");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/graphml+xml");
        Document graphml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        JsonNode json = api.ok("/api/network?country=AL&hops=1");
        assertThat(graphml.getElementsByTagName("node").getLength()).isEqualTo(json.path("nodes").size())
                .isGreaterThan(5);
        assertThat(graphml.getElementsByTagName("edge").getLength()).isEqualTo(json.path("edges").size());
    }

    @Test
    void aNetworkStopsAtItsLimitAndSaysSo() {
        JsonNode network = api.ok("/api/network?country=AL&hops=2&limit=3");

        assertThat(network.path("nodes")).hasSize(3);
        assertThat(network.path("truncated").asBoolean()).isTrue();
    }
}
