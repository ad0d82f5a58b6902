package org.wbcyber.graph.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.wbcyber.graph.query.GraphQueries;
import org.wbcyber.graph.support.Api;
import org.wbcyber.graph.support.ApiTest;

import tools.jackson.databind.JsonNode;

/** Who cooperates with whom: partners, paths and networks, derived from the documents with their evidence. */
class CooperationTest extends ApiTest {

    @Autowired
    Driver driver;

    @Autowired
    GraphQueries queries;

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
    void aPartnerBasedInSeveralCountriesIsListedOnceWithTheFirstOfThem() {
        JsonNode page = api.ok("/api/actors/EU/partners?size=200");

        List<String> ids = Api.texts(page.path("items"), "partner.id");
        assertThat(ids).contains("al-me-mk-csirts").doesNotHaveDuplicates();
        assertThat(page.path("total").asLong()).isEqualTo(ids.size());
        assertThat(partner(page, "al-me-mk-csirts").path("partner").path("country").path("id").asString())
                .isEqualTo("AL");
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

    /**
     * The network view reads pairs among its nodes and partners one actor at a time; the definition is
     * cooperation-pairs.cypher, every partner of every node with its weight. Here the network is built from that
     * definition alone: hop by hop in id order up to the limit, then the pairs whose ends are both in it.
     */
    @ParameterizedTest
    @CsvSource({"actor=cepol&hops=2, 500", "actor=de-giz&hops=3, 500", "country=AL&hops=1, 500",
            "theme=elections&hops=2, 500", "country=RS&hops=2, 40", "actor=cepol&hops=3, 9"})
    void theNetworkHoldsThePartnersHopByHopAndThePairsAmongThemAsCooperationPairsDerivesThem(String focus, int limit) {
        JsonNode network = api.ok("/api/network?" + focus + "&limit=" + limit);

        Map<String, Integer> hopOf = new LinkedHashMap<>();
        network.path("nodes").forEach(n -> {
            if (n.path("hop").asInt() == 0) {
                hopOf.put(n.path("id").asString(), 0);
            }
        });
        int hops = network.path("hops").asInt();
        boolean truncated = false;
        List<String> frontier = new ArrayList<>(hopOf.keySet());
        for (int hop = 1; hop <= hops && !truncated; hop++) {
            List<String> next = new ArrayList<>();
            for (Record pair : pairs(frontier)) {
                String target = pair.get("target").asString();
                if (!hopOf.containsKey(target)) {
                    if (hopOf.size() == limit) {
                        truncated = true;
                        break;
                    }
                    hopOf.put(target, hop);
                    next.add(target);
                }
            }
            frontier = next;
        }
        assertThat(Api.texts(network.path("nodes"), "id")).as("one node per actor").doesNotHaveDuplicates();
        Map<String, Integer> answeredHops = new TreeMap<>();
        network.path("nodes").forEach(n -> answeredHops.put(n.path("id").asString(), n.path("hop").asInt()));
        assertThat(answeredHops).isEqualTo(new TreeMap<>(hopOf));
        if (truncated) {
            assertThat(network.path("truncated").asBoolean()).isTrue();
        }

        Map<String, Long> weights = new TreeMap<>();
        Map<String, List<String>> contexts = new TreeMap<>();
        for (Record pair : pairs(List.copyOf(hopOf.keySet()))) {
            String source = pair.get("source").asString();
            String target = pair.get("target").asString();
            if (source.compareTo(target) < 0 && hopOf.containsKey(target)) {
                weights.put(source + "--" + target, pair.get("weight").asLong());
                contexts.put(source + "--" + target,
                        pair.get("contexts").asList(v -> v.asString()).stream().sorted().toList());
            }
        }
        Map<String, Long> answeredWeights = new TreeMap<>();
        Map<String, List<String>> answeredContexts = new TreeMap<>();
        network.path("edges").forEach(e -> {
            answeredWeights.put(e.path("id").asString(), e.path("weight").asLong());
            answeredContexts.put(e.path("id").asString(), Api.texts(e.path("contexts"), null));
        });
        assertThat(answeredWeights).isNotEmpty().isEqualTo(weights);
        assertThat(answeredContexts).isEqualTo(contexts);
    }

    private List<Record> pairs(List<String> ids) {
        return driver.executableQuery(queries.text("cooperation-pairs")).withParameters(Map.of("ids", ids))
                .execute().records();
    }

    @Test
    void anEdgeListsAtMostTenOfTheContextsItsPairSharesTheFirstByIdAndItsWeightCountsThemAll() {
        driver.executableQuery("""
                CREATE (a:Actor:Organisation {id: 'network-test-a', name: 'Network test A'}),
                       (b:Actor:Organisation {id: 'network-test-b', name: 'Network test B'})
                WITH a, b
                UNWIND range(1, 12) AS i
                CREATE (e:Event {id: 'network-test-event-' + right('0' + i, 2), name: 'Network test event ' + i})
                CREATE (a)-[:ORGANISED]->(e), (b)-[:PARTICIPATES_IN]->(e)""").execute();
        try {
            JsonNode network = api.ok("/api/network?actor=network-test-a&hops=1");

            assertThat(Api.texts(network.path("nodes"), "id")).containsExactly("network-test-a", "network-test-b");
            assertThat(network.path("edges")).hasSize(1);
            JsonNode edge = network.path("edges").path(0);
            assertThat(edge.path("weight").asLong()).isEqualTo(12);
            assertThat(Api.texts(edge.path("contexts"), null)).containsExactly("network-test-event-01",
                    "network-test-event-02", "network-test-event-03", "network-test-event-04",
                    "network-test-event-05", "network-test-event-06", "network-test-event-07",
                    "network-test-event-08", "network-test-event-09", "network-test-event-10");
        } finally {
            driver.executableQuery("MATCH (n) WHERE n.id STARTS WITH 'network-test-' DETACH DELETE n").execute();
        }
    }
}
