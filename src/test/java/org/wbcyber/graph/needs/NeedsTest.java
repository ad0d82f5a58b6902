package org.wbcyber.graph.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wbcyber.graph.support.Api;
import org.wbcyber.graph.support.ApiTest;

import tools.jackson.databind.JsonNode;

/**
 * Needs versus response for Serbia, from its NCSI page: the nine indicators it scores zero on, the themes each
 * calls for (cypher/mappings/ncsi-themes.yaml), and which donor projects in the documents answer them.
 */
class NeedsTest extends ApiTest {

    @Test
    void serbiasUnmetNeedsAreTheNineIndicatorsItScoresZeroOn() {
        JsonNode needs = api.ok("/api/needs/RS");

        assertThat(Api.texts(needs, "code"))
                .containsExactly("2.2", "3.2", "3.4", "4.3", "4.4", "9.2", "10.1", "10.4", "12.1");
        JsonNode reporting = needs.path(5);
        assertThat(reporting.path("name").asString()).isEqualTo("Reporting responsibility");
        assertThat(reporting.path("category").asString()).isEqualTo("Cyber incidents response");
        assertThat(reporting.path("value").asDouble()).isZero();
        assertThat(reporting.path("max").asDouble()).isEqualTo(1.0);
        assertThat(reporting.path("criterion").asString()).startsWith("Digital service providers and operators of "
                + "essential services have an obligation to notify");
        assertThat(reporting.path("evidence").path(0).path("source").asString()).isEqualTo("ncsi-serbia");
        assertThat(reporting.path("evidence").path(0).path("quote").asString())
                .isEqualTo("9.2. Reporting responsibility 001");
    }

    @Test
    void noProjectInTheDocumentsAddressesIncidentResponseSkillsOrDefenceInSerbia() {
        JsonNode needs = api.ok("/api/needs/RS");

        for (JsonNode need : needs) {
            String code = need.path("code").asString();
            if (List.of("2.2", "9.2", "10.1", "10.4").contains(code)) {
                assertThat(Api.texts(need.path("themes"), null)).as(code).containsExactly("incident-response");
            }
            if (!List.of("4.3", "4.4").contains(code)) {
                assertThat(need.path("response").asString()).as(code).isEqualTo("none");
                assertThat(need.path("projects")).as(code).isEmpty();
            }
        }
        assertThat(Api.texts(needs.path(1).path("themes"), null)).containsExactly("skills-awareness");
        assertThat(Api.texts(needs.path(8).path("themes"), null)).containsExactly("defence");
    }

    @Test
    void capacityBuildingForOtherCountriesIsAnsweredOnlyRegionallyByCscwbAndWbPact() {
        JsonNode capacity = api.ok("/api/needs/RS").path(4);

        assertThat(capacity.path("code").asString()).isEqualTo("4.4");
        assertThat(Api.texts(capacity.path("themes"), null)).containsExactly("international-cooperation");
        assertThat(capacity.path("response").asString()).isEqualTo("regional");
        assertThat(Api.texts(capacity.path("projects"), "id")).containsExactlyInAnyOrder("cscwb-ipa-2019", "wb-pact");
        for (JsonNode project : capacity.path("projects")) {
            assertThat(project.path("reach").asString()).isEqualTo("regional");
            assertThat(Api.texts(project.path("regions"), null)).containsExactly("WB");
            assertThat(Api.texts(project.path("funders"), "id")).contains("EU");
        }
        JsonNode wbPact = capacity.path("projects").findParents("id").stream()
                .filter(p -> p.path("id").asString().equals("wb-pact")).findFirst().orElseThrow();
        assertThat(Api.texts(wbPact.path("implementers"), "id")).containsExactlyInAnyOrder("cepol", "europol");
    }

    @Test
    void aNeedListsItsFirstItemsProjectsByNameAndCountsThemAll() {
        JsonNode whole = api.ok("/api/needs/RS").path(4);
        JsonNode first = api.ok("/api/needs/RS?items=1").path(4);

        assertThat(whole.path("projectsTotal").asLong()).isEqualTo(2);
        assertThat(Api.texts(whole.path("projects"), "name")).hasSize(2).isSorted();
        assertThat(first.path("code").asString()).isEqualTo("4.4");
        assertThat(first.path("projectsTotal").asLong()).isEqualTo(2);
        assertThat(first.path("response").asString()).isEqualTo("regional");
        assertThat(first.path("projects")).hasSize(1);
        assertThat(first.path("projects").path(0)).isEqualTo(whole.path("projects").path(0));
        assertThat(api.ok("/api/needs/RS?items=1").path(0).path("projectsTotal").asLong())
                .as("incident response: no project").isZero();
    }

    @Test
    void aCountryWithoutIndexScoresHasNoMeasuredNeeds() {
        assertThat(api.ok("/api/needs/AL")).isEmpty();
    }

    @Test
    void needsDownloadAsCsvWithOneRowPerRespondingProjectAndNoneRowsForUnmetNeeds() {
        Api.Response csv = api.get("/api/needs/RS.csv");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("country,index,year,code,indicator,category,score,max,themes,response,project,"
                + "project_name,reach,funders,implementers,start,end");
        assertThat(lines).hasSize(1 + 7 + 2 + 2)
                .contains("RS,ncsi,,9.2,Reporting responsibility,Cyber incidents response,0,1,incident-response,none,,,,,,,");
        assertThat(lines.stream().filter(l -> l.startsWith("RS,ncsi,,4.4,")).toList())
                .anySatisfy(l -> assertThat(l).contains(",regional,wb-pact,"));
    }

    @Test
    void anUnknownCountryIs404AndAShareOutsideZeroToOneIs400() {
        Api.Response unknown = api.get("/api/needs/QQ");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("QQ");

        for (String share : List.of("1", "-0.1", "abc")) {
            Api.Response bad = api.get("/api/needs/RS?maxShare=" + share);
            assertThat(bad.status()).as(share).isEqualTo(400);
            assertThat(bad.body()).as(share).contains("maxShare");
        }
    }
}
