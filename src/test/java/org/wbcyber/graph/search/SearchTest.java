package org.wbcyber.graph.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.wbcyber.graph.api.Paging;
import org.wbcyber.graph.query.GraphQueries;
import org.wbcyber.graph.support.Api;
import org.wbcyber.graph.support.ApiTest;

import tools.jackson.databind.JsonNode;

/** Search finds actors, projects and events by any name the documents use, ignoring case and diacritics. */
class SearchTest extends ApiTest {

    @Autowired
    GraphQueries queries;

    @ParameterizedTest(name = "''{0}'' finds {1}")
    @CsvSource(textBlock = """
            Mugoša,                 nikola-mugosa
            mugosa,                 nikola-mugosa
            Arnautović,             suad-arnautovic
            e-GA,                   ee-egovernance-academy
            e-Government Academy,   ee-egovernance-academy
            IMoI,                   it-ministry-of-interior
            ODK,                    xk-open-data-kosovo
            WB PaCT,                wb-pact
            CSCWB,                  cscwb-ipa-2019
            CEPOL,                  cepol
            """)
    void theBestMatchIsTheOneTheDocumentsMean(String query, String expectedId) {
        JsonNode page = api.ok("/api/search?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));

        assertThat(page.path("items").path(0).path("id").asString()).isEqualTo(expectedId);
    }

    @Test
    void aWordAlsoFindsTheNamesItStartsAndResultsCanBeLimitedToLabels() {
        JsonNode all = api.ok("/api/search?q=europ&size=50");
        JsonNode organisations = api.ok("/api/search?q=europ&label=Organisation&size=50");

        assertThat(Api.texts(all.path("items"), "id")).contains("europol", "EU", "european-commission");
        assertThat(Api.texts(organisations.path("items"), "label")).containsOnly("Organisation");
        assertThat(Api.texts(organisations.path("items"), "id")).contains("europol").doesNotContain("EU");
    }

    @Test
    void resultsArePaginatedWithTheirTotal() {
        JsonNode first = api.ok("/api/search?q=commission&size=2");
        JsonNode second = api.ok("/api/search?q=commission&size=2&page=1");

        assertThat(first.path("total").asLong()).isGreaterThan(2);
        assertThat(first.path("items")).hasSize(2);
        assertThat(Api.texts(second.path("items"), "id")).doesNotContainAnyElementsOf(Api.texts(first.path("items"), "id"));
    }

    @Test
    void aSearchWithFewMatchesCountsThemAllAndSaysThereAreNoMore() {
        JsonNode page = api.ok("/api/search?q=commission&size=2");
        List<String> all = ranking("commission", null, 1000);

        assertThat(all).contains("european-commission", "al-central-election-commission");
        assertThat(page.path("total").asLong()).isEqualTo(all.size());
        assertThat(page.path("more").asBoolean()).isFalse();
    }

    @ParameterizedTest(name = "labels {0}")
    @CsvSource(nullValues = "none", value = {"none", "Organisation"})
    void onlyTheBestMatchesAreRankedAndMoreSaysOthersExist(String label) {
        List<String> labels = label == null ? null : List.of(label);
        List<String> all = ranking("commission", labels, 1000);
        assertThat(all).hasSizeGreaterThan(3);

        Map<String, Object> parameters = parameters("commission", labels, 2);
        var row = queries.read("search", parameters).get(0);

        assertThat(row.get("total").asLong()).isEqualTo(2);
        assertThat(row.get("more").asBoolean()).isTrue();
        assertThat(row.get("hits").asList(hit -> hit.get("id").asString())).isEqualTo(all.subList(0, 2));
    }

    private List<String> ranking(String q, List<String> labels, int window) {
        var row = queries.read("search", parameters(q, labels, window)).get(0);
        assertThat(row.get("more").asBoolean()).isFalse();
        return row.get("hits").asList(hit -> hit.get("id").asString());
    }

    private static Map<String, Object> parameters(String q, List<String> labels, int window) {
        Map<String, Object> parameters = new HashMap<>(SearchQuery.parameters(q, labels, Paging.of(0, 200)));
        parameters.put("window", window);
        return parameters;
    }

    @Test
    void luceneSyntaxInTheInputIsNeverPassedOn() {
        assertThat(SearchQuery.lucene("name:(x OR \"y\")~ AND *")).isEqualTo(
                "(name OR name*) AND (x OR x*) AND (or OR or*) AND (y OR y*) AND (and OR and*)");
    }
}
