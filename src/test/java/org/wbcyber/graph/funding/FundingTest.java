package org.wbcyber.graph.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.junit.jupiter.api.Test;
import org.wbcyber.graph.support.Api;
import org.wbcyber.graph.support.ApiTest;
import org.wbcyber.graph.support.FirstItems;

import tools.jackson.databind.JsonNode;

/** Who funds what, by project, by donor and by country, with budgets exactly as stated. */
class FundingTest extends ApiTest {

    private static List<String> actorsWithRoles(JsonNode participants) {
        List<String> result = new ArrayList<>();
        participants.forEach(p -> result.add(p.path("actor").path("id").asString() + ":" + p.path("role").asString(null)));
        return result;
    }

    @Test
    void cscwbIsCoFinancedByTheEuBmzAndTheItalianMinistryAndImplementedByGizImoiAndCilc() {
        JsonNode cscwb = api.ok("/api/funding/projects/cscwb-ipa-2019");

        assertThat(actorsWithRoles(cscwb.path("funders"))).containsExactlyInAnyOrder(
                "EU:co-financer", "de-bmz:co-financer", "it-ministry-of-interior:co-financer");
        assertThat(actorsWithRoles(cscwb.path("implementers"))).containsExactlyInAnyOrder(
                "de-giz:null", "it-ministry-of-interior:null", "cilc:null");
        assertThat(cscwb.path("beneficiaries").findValuesAsString("id")).containsExactly("WB");
        assertThat(cscwb.path("funders").path(0).path("statement").path("evidence").path(0).path("source").asString())
                .isEqualTo("cscwb-workshop");
        assertThat(cscwb.path("related").findValuesAsString("id")).contains("cscwb-cybercrime-workshop-2023");
    }

    @Test
    void wbPactIsLedByCepolWithEuropolAndFundedByTheEu() {
        JsonNode pact = api.ok("/api/funding/projects/wb-pact");

        assertThat(actorsWithRoles(pact.path("implementers"))).containsExactlyInAnyOrder("cepol:lead", "europol:partner");
        assertThat(actorsWithRoles(pact.path("funders"))).containsExactly("EU:funder");
    }

    @Test
    void theEgaProjectKeepsItsBudgetAsStatedWithoutACurrency() {
        JsonNode ega = api.ok("/api/funding/projects/ega-cybersecurity-governance-al-me-mk");

        assertThat(ega.path("budgetText").asString()).isEqualTo("1.8 million");
        assertThat(ega.path("budgetAmount").asDouble()).isEqualTo(1_800_000d);
        assertThat(ega.path("budgetCurrency").isNull()).isTrue();
        assertThat(ega.path("beneficiaries").findValuesAsString("id")).contains("AL", "ME", "MK");
        assertThat(actorsWithRoles(ega.path("implementers"))).containsExactly("ee-egovernance-academy:null");
    }

    @Test
    void theEuPortfolioHoldsEveryProjectItFundsWithImplementersAndBeneficiaries() {
        JsonNode eu = api.ok("/api/funding/donors/EU");

        assertThat(eu.path("projects").findValuesAsString("id")).contains("cscwb-ipa-2019", "wb-pact", "iceda",
                "ega-cybersecurity-governance-al-me-mk");
        assertThat(eu.path("beneficiaries").valueStream().map(JsonNode::asString).toList())
                .contains("AL", "ME", "MK", "WB");
        JsonNode iceda = null;
        for (JsonNode p : eu.path("projects")) {
            if (p.path("project").path("id").asString().equals("iceda")) {
                iceda = p;
            }
        }
        assertThat(iceda).isNotNull();
        assertThat(iceda.path("implementers")).hasSize(6);
        assertThat(api.ok("/api/funding/donors/de-bmz").path("projects")).hasSize(1);
    }

    @Test
    void aPortfolioShowsItsFirstItemsProjectsByNameAndSummarisesThemAll() {
        JsonNode whole = api.ok("/api/funding/donors/EU");
        JsonNode one = api.ok("/api/funding/donors/EU?items=1");

        assertThat(whole.path("total").asInt()).isEqualTo(4).isEqualTo(whole.path("projects").size());
        assertThat(one.path("total").asInt()).isEqualTo(4);
        assertThat(one.path("projects")).hasSize(1);
        assertThat(one.path("projects").path(0)).isEqualTo(whole.path("projects").path(0));
        // "Countering Serious Crime in the Western Balkans" comes first by name among the EU's four projects.
        assertThat(one.path("projects").path(0).path("project").path("id").asString()).isEqualTo("cscwb-ipa-2019");
        assertThat(one.path("beneficiaries")).isEqualTo(whole.path("beneficiaries"));
        assertThat(one.path("themes")).isEqualTo(whole.path("themes"));
    }

    @Test
    void anActorThatFundsNothingHasAnEmptyPortfolioNotA404() {
        JsonNode cepol = api.ok("/api/funding/donors/cepol");

        assertThat(cepol.path("donor").path("acronym").asString()).isEqualTo("CEPOL");
        assertThat(cepol.path("total").asInt()).isZero();
        assertThat(cepol.path("projects")).isEmpty();
        assertThat(cepol.path("beneficiaries")).isEmpty();
    }

    @Test
    void theDonorListCountsProjects() {
        JsonNode donors = api.ok("/api/funding/donors").path("items");

        assertThat(donors.path(0).path("donor").path("id").asString()).isEqualTo("EU");
        assertThat(donors.path(0).path("projects").asLong()).isEqualTo(4);
        // "co-financed by the European Union" (CSCWB), "funded by the EU" (WB PaCT), "financial support from the
        // European Union" (ICEDA), "an EU funded project" (the e-GA project).
        assertThat(Api.texts(donors.path(0).path("projectIds"), null)).containsExactlyInAnyOrder("cscwb-ipa-2019",
                "wb-pact", "iceda", "ega-cybersecurity-governance-al-me-mk");
        assertThat(Api.texts(donors.path(0).path("roles"), null)).containsExactlyInAnyOrder("funder", "co-financer");
    }

    @Test
    void theDonorListIsPagedMostProjectsFirstAndNamesTheFirstItemsProjectsOfEach() {
        JsonNode all = api.ok("/api/funding/donors?size=200");
        JsonNode second = api.ok("/api/funding/donors?page=1&size=1&items=1");

        assertThat(all.path("total").asLong()).isEqualTo(all.path("items").size()).isGreaterThan(2);
        assertThat(second.path("total")).isEqualTo(all.path("total"));
        assertThat(second.path("items")).hasSize(1);
        JsonNode expected = all.path("items").path(1);
        assertThat(second.path("items").path(0).path("donor")).isEqualTo(expected.path("donor"));
        assertThat(second.path("items").path(0).path("projects")).isEqualTo(expected.path("projects"));
        assertThat(Api.texts(second.path("items").path(0).path("projectIds"), null))
                .isEqualTo(Api.texts(expected.path("projectIds"), null).subList(0, 1));
        List<Long> counts = new ArrayList<>();
        all.path("items").forEach(d -> counts.add(d.path("projects").asLong()));
        assertThat(counts).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(api.ok("/api/funding/donors?page=99").path("items")).isEmpty();
    }

    @Test
    void inAlbaniaTheEgaProjectIsDirectAndCscwbRegional() {
        JsonNode albania = api.ok("/api/funding/countries/AL");

        List<String> reaches = new ArrayList<>();
        albania.path("projects").forEach(p -> reaches.add(p.path("project").path("id").asString() + ":" + p.path("reach").asString()));
        assertThat(reaches).contains("ega-cybersecurity-governance-al-me-mk:direct", "cscwb-ipa-2019:regional",
                "wb-pact:regional");
        assertThat(Api.texts(albania.path("donors"), "direct")).isNotEmpty();
        JsonNode eu = albania.path("donors").path(0);
        assertThat(eu.path("donor").path("id").asString()).isEqualTo("EU");
        assertThat(eu.path("direct").asBoolean()).isTrue();
    }

    /**
     * The donors are ranked in Cypher; here from the definition, over every project the answer lists as reaching
     * the country: each funder once, direct when one of its projects reaches the country directly, those first,
     * then by number of projects, then by id.
     */
    @ParameterizedTest
    @ValueSource(strings = {"AL", "BA", "ME", "MK", "RS", "XK"})
    void aCountrysDonorsAreTheFundersOfTheProjectsReachingItDirectOnesFirstThenByProjects(String country) {
        JsonNode funding = api.ok("/api/funding/countries/" + country + "?items=1000");

        record Ranked(String id, long projects, List<String> projectIds, boolean direct) {
        }
        Map<String, List<String>> projectsOf = new LinkedHashMap<>();
        Map<String, Boolean> directOf = new LinkedHashMap<>();
        funding.path("projects").forEach(p -> p.path("funders").forEach(f -> {
            String donor = f.path("actor").path("id").asString();
            String project = p.path("project").path("id").asString();
            List<String> ids = projectsOf.computeIfAbsent(donor, d -> new ArrayList<>());
            if (!ids.contains(project)) {
                ids.add(project);
            }
            directOf.merge(donor, p.path("reach").asString().equals("direct"), Boolean::logicalOr);
        }));
        List<Ranked> expected = projectsOf.entrySet().stream()
                .map(e -> new Ranked(e.getKey(), e.getValue().size(), e.getValue(), directOf.get(e.getKey())))
                .sorted(Comparator.comparing((Ranked r) -> !r.direct()).thenComparing(r -> -r.projects())
                        .thenComparing(Ranked::id))
                .toList();
        List<Ranked> answered = new ArrayList<>();
        funding.path("donors").forEach(d -> answered.add(new Ranked(d.path("donor").path("id").asString(),
                d.path("projects").asLong(), Api.texts(d.path("projectIds"), null), d.path("direct").asBoolean())));

        assertThat(answered).isNotEmpty().isEqualTo(expected);
        assertThat(funding.path("totals").path("donors").asLong()).isEqualTo(expected.size());
        assertThat(funding.path("totals").path("projects").asLong()).isEqualTo(funding.path("projects").size());
    }

    @Test
    void aCountrysFundingShowsTheFirstItemsProjectsAndDonorsAndCountsThemAll() {
        FirstItems.Asked albania = FirstItems.ask(api, "/api/funding/countries/AL");
        JsonNode whole = albania.whole();
        JsonNode first = albania.one();

        assertThat(whole.path("totals").path("projects").asLong()).isGreaterThan(1);
        assertThat(whole.path("totals").path("donors").asLong()).isGreaterThan(1);
        FirstItems.check("projects", whole.path("projects"), first.path("projects"),
                whole.path("totals").path("projects").asLong());
        assertThat((long) whole.path("donors").size()).isEqualTo(whole.path("totals").path("donors").asLong());
        // A donor lists the ids of its first items projects, so only its name and count are the same.
        assertThat(first.path("donors")).hasSize(1);
        assertThat(first.path("donors").path(0).path("donor")).isEqualTo(whole.path("donors").path(0).path("donor"));
        assertThat(first.path("donors").path(0).path("projects"))
                .isEqualTo(whole.path("donors").path(0).path("projects"));
        assertThat(Api.texts(first.path("donors").path(0).path("projectIds"), null))
                .isEqualTo(Api.texts(whole.path("donors").path(0).path("projectIds"), null).subList(0, 1));
    }
}
