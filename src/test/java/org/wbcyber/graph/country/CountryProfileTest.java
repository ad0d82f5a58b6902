package org.wbcyber.graph.country;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wbcyber.graph.support.ApiTest;
import org.wbcyber.graph.support.FirstItems;

import tools.jackson.databind.JsonNode;

/** A country's landscape: agencies by kind, policies with status and validity, scores, incidents, projects, events. */
class CountryProfileTest extends ApiTest {

    private static JsonNode score(JsonNode scores, String index) {
        for (JsonNode s : scores) {
            if (s.path("index").asString().equals(index) && s.path("level").asString().equals("index")) {
                return s;
            }
        }
        throw new AssertionError("no " + index + " score in " + scores);
    }

    @Test
    void serbiaRanks39thOnTheGci2020WithItsNationalCertAndCybercrimeStrategy() {
        JsonNode serbia = api.ok("/api/countries/RS");

        JsonNode gci = score(serbia.path("scores"), "gci");
        assertThat(gci.path("rank").asInt()).isEqualTo(39);
        assertThat(gci.path("value").asDouble()).isEqualTo(89.8);
        assertThat(gci.path("year").asInt()).isEqualTo(2020);
        assertThat(serbia.path("agencies").path("cert").findValuesAsString("id")).contains("rs-national-cert");
        JsonNode strategy = null;
        for (JsonNode p : serbia.path("policies")) {
            if (p.path("document").path("id").asString().equals("rs-cybercrime-strategy-2019-2023")) {
                strategy = p.path("document");
            }
        }
        assertThat(strategy).isNotNull();
        assertThat(strategy.path("validity").asString()).isEqualTo("2019/2023");
    }

    @Test
    void kosovoHasNoGciScoreAndIsReachedRegionallyByCscwb() {
        JsonNode kosovo = api.ok("/api/countries/XK");

        assertThat(score(kosovo.path("scores"), "gci").path("available").asBoolean()).isFalse();
        assertThat(kosovo.path("incidents").findValuesAsString("id")).contains("xk-public-institutions-cyber-threats-2022-09");
        JsonNode cscwb = null;
        for (JsonNode p : kosovo.path("projects")) {
            if (p.path("project").path("id").asString().equals("cscwb-ipa-2019")) {
                cscwb = p;
            }
        }
        assertThat(cscwb).isNotNull();
        assertThat(cscwb.path("reach").asString()).isEqualTo("regional");
        assertThat(cscwb.path("regions").path(0).asString()).isEqualTo("WB");
    }

    @Test
    void albaniaHostedTheTiranaRoundtableAndSufferedTheEAlbaniaOutage() {
        JsonNode albania = api.ok("/api/countries/AL");

        assertThat(albania.path("events").findValuesAsString("id")).contains("wb-emb-roundtable-tirana-2023");
        assertThat(albania.path("incidents").findValuesAsString("id")).contains("al-e-albania-outage-2022-07");
        assertThat(albania.path("agencies").path("election-body").findValuesAsString("id"))
                .contains("al-central-election-commission");
        assertThat(albania.path("people").findValuesAsString("id")).contains("ilirjan-celibashi");
    }

    @Test
    void aProfileShowsAtMostItemsEntriesPerListTheFirstOfTheWholeOrderAndCountsThemAll() {
        FirstItems.Asked albania = FirstItems.ask(api, "/api/countries/AL");
        JsonNode whole = albania.whole();
        JsonNode one = albania.one();

        assertThat(whole.path("items").asInt()).isEqualTo(100);
        for (String list : new String[] {"people", "incidents", "events", "projects"}) {
            FirstItems.check(list, whole.path(list), one.path(list), whole.path("totals").path(list).asLong());
        }
        whole.path("agencies").properties().forEach(kind -> {
            assertThat(kind.getValue()).as(kind.getKey()).isNotEmpty();
            FirstItems.check(kind.getKey(), kind.getValue(), one.path("agencies").path(kind.getKey()),
                    whole.path("totals").path("agencies").path(kind.getKey()).asLong());
        });
        // The ICEDA article's two Albanian incidents: the 2022 attacks on government servers and, latest, the
        // e-Albania outage of July 2022.
        assertThat(whole.path("totals").path("incidents").asInt()).isEqualTo(2);
        assertThat(one.path("incidents").findValuesAsString("id")).containsExactly("al-e-albania-outage-2022-07");
    }

    @Test
    void everyScoreOfACountryCanBeListedByIndex() {
        JsonNode gci = api.ok("/api/countries/MK/scores?index=gci");

        assertThat(gci).hasSize(1);
        assertThat(gci.path(0).path("rank").asInt()).isEqualTo(38);
        assertThat(gci.path(0).path("value").asDouble()).isEqualTo(89.92);
        assertThat(gci.path(0).path("evidence").path(0).path("source").asString()).isEqualTo("iceda-article");
    }

    @Test
    void theProfileListsNcsiCategoriesNotEveryIndicatorWhichTheScoresEndpointHas() {
        JsonNode scores = api.ok("/api/countries/RS").path("scores");

        int ncsi = 0;
        for (JsonNode s : scores) {
            if (s.path("index").asString().equals("ncsi")) {
                ncsi++;
                assertThat(s.path("level").asString()).as(s.toString()).isEqualTo("category");
            }
        }
        assertThat(ncsi).as("one NCSI score per category").isEqualTo(12);

        JsonNode all = api.ok("/api/countries/RS/scores?index=ncsi");
        assertThat(all).hasSize(58);
        assertThat(all.path(0).path("code").asString()).isEqualTo("1");
        JsonNode reporting = null;
        for (JsonNode s : all) {
            if (s.path("code").asString().equals("9.2")) {
                reporting = s;
            }
        }
        assertThat(reporting).isNotNull();
        assertThat(reporting.path("value").asDouble()).isZero();
        assertThat(reporting.path("max").asDouble()).isEqualTo(1.0);
        assertThat(reporting.path("evidence").path(0).path("source").asString()).isEqualTo("ncsi-serbia");
    }
}
