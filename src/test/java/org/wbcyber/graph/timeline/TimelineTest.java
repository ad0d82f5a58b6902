package org.wbcyber.graph.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wbcyber.graph.support.Api;
import org.wbcyber.graph.support.ApiTest;

import tools.jackson.databind.JsonNode;

/** Events and incidents in time, filtered by period, country, actor and theme. */
class TimelineTest extends ApiTest {

    @Test
    void theFiveIncidentsOf2022AreOnTheTimelineOf2022() {
        JsonNode year = api.ok("/api/timeline?from=2022-01-01&to=2022-12-31");

        assertThat(year.path("items").findValuesAsString("id")).contains("al-government-servers-cyberattacks-2022",
                "al-e-albania-outage-2022-07", "xk-public-institutions-cyber-threats-2022-09",
                "mk-state-institutions-cyberattacks-2022", "me-government-ransomware-2022");
    }

    @Test
    void inSummer2023CameTheBudapestWorkshopThenTheTiranaRoundtable() {
        JsonNode summer = api.ok("/api/timeline?from=2023-05-01&to=2023-07-31");

        assertThat(Api.texts(summer.path("items"), "id"))
                .containsExactly("cscwb-cybercrime-workshop-2023", "wb-emb-roundtable-tirana-2023");
        JsonNode workshop = summer.path("items").path(0);
        assertThat(workshop.path("start").asString()).isEqualTo("2023-05-03");
        assertThat(workshop.path("end").asString()).isEqualTo("2023-05-05");
        assertThat(workshop.path("city").asString()).isEqualTo("Budapest");
        assertThat(workshop.path("country").asString()).isEqualTo("HU");
    }

    @Test
    void theOrganisersOfTheBudapestWorkshopAreTheCscwbProjectsPartners() {
        JsonNode cepol = api.ok("/api/timeline?actor=cepol");

        JsonNode workshop = cepol.path("items").path(0);
        assertThat(workshop.path("id").asString()).isEqualTo("cscwb-cybercrime-workshop-2023");
        java.util.List<String> organisers = new java.util.ArrayList<>();
        workshop.path("actors").forEach(a -> {
            if (a.path("role").asString().equals("ORGANISED")) {
                organisers.add(a.path("id").asString());
            }
        });
        assertThat(organisers).containsExactlyInAnyOrder("al-state-police", "cepol", "hu-national-police");
    }

    @Test
    void countryAndThemeFiltersNarrowTheTimeline() {
        JsonNode kosovo2022 = api.ok("/api/timeline?country=XK&from=2022-01-01&to=2022-12-31");
        JsonNode elections = api.ok("/api/timeline?theme=elections");

        assertThat(Api.texts(kosovo2022.path("items"), "id")).containsExactly("xk-public-institutions-cyber-threats-2022-09");
        assertThat(Api.texts(elections.path("items"), "id")).containsExactly("wb-emb-roundtable-tirana-2023");
    }

    @Test
    void aPageIsTheSameSliceOfTheWholeTimelineAndTheTotalCountsEveryItem() {
        JsonNode whole = api.ok("/api/timeline?size=200");
        JsonNode second = api.ok("/api/timeline?page=1&size=3");

        assertThat(second.path("total").asInt()).isEqualTo(whole.path("total").asInt()).isEqualTo(whole.path("items").size());
        assertThat(second.path("items")).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(second.path("items").path(i)).isEqualTo(whole.path("items").path(3 + i));
        }
        assertThat(Api.texts(whole.path("items"), "id")).startsWith("rs-ig-panel-debates-2009", "rs-internet-dialogue");
    }
}
