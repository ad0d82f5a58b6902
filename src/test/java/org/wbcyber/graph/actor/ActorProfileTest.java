package org.wbcyber.graph.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wbcyber.graph.support.Api;
import org.wbcyber.graph.support.ApiTest;
import org.wbcyber.graph.support.FirstItems;

import tools.jackson.databind.JsonNode;

/** An actor's profile: kind, country, names, roles, memberships, people, incidents, each with its sources. */
class ActorProfileTest extends ApiTest {

    @Test
    void cepolIsAnEuAgencyThatLeadsWbPactAndCoOrganisedTheBudapestWorkshop() {
        JsonNode cepol = api.ok("/api/actors/cepol");

        assertThat(cepol.path("name").asString()).isEqualTo("European Union Agency for Law Enforcement Training");
        assertThat(cepol.path("kind").asString()).isEqualTo("eu-institution");
        assertThat(Api.texts(cepol.path("memberships"), "role")).isNotEmpty();
        assertThat(cepol.path("memberships").findValuesAsString("id")).contains("EU");
        assertThat(roles(cepol)).contains("wb-pact implementer (lead)",
                "cscwb-cybercrime-workshop-2023 organiser (co-organiser)");
        cepol.path("roles").forEach(role -> assertThat(role.path("statement").path("evidence")).isNotEmpty());
    }

    @Test
    void theChairOfMontenegrosElectoralCommissionIsNamedAsTheStatementWritesIt() {
        JsonNode mugosa = api.ok("/api/actors/nikola-mugosa");
        JsonNode commission = api.ok("/api/actors/me-state-electoral-commission");

        assertThat(mugosa.path("honorific").asString()).isEqualTo("Dr.");
        JsonNode position = mugosa.path("positions").path(0);
        assertThat(position.path("other").path("id").asString()).isEqualTo("me-state-electoral-commission");
        assertThat(position.path("statement").path("role").asString()).isEqualTo("Chair");
        assertThat(position.path("statement").path("evidence").path(0).path("quote").asString())
                .isEqualTo("Dr. Nikola Mugosa - Chair of State Electoral Commission of Montenegro");
        assertThat(commission.path("country").path("id").asString()).isEqualTo("ME");
        assertThat(commission.path("people").findValuesAsString("id")).contains("nikola-mugosa");
    }

    @Test
    void montenegrosGovernmentWasHitByRansomwareIn2022() {
        JsonNode government = api.ok("/api/actors/me-government");

        assertThat(government.path("targetedBy").findValuesAsString("id")).contains("me-government-ransomware-2022");
    }

    @Test
    void theCsirtsTheEgaProjectTargetsAreBasedInAllThreeOfItsCountries() {
        JsonNode csirts = api.ok("/api/actors/al-me-mk-csirts");

        assertThat(Api.texts(csirts.path("basedIn"), "id")).containsExactly("AL", "ME", "MK");
        assertThat(csirts.path("country").path("id").asString()).isEqualTo("AL");
        assertThat(Api.texts(api.ok("/api/actors/de-giz").path("basedIn"), "id")).containsExactly("DE");
    }

    @Test
    void aProfileShowsAtMostItemsLinksPerListAndCountsThemAll() {
        FirstItems.Asked cepol = FirstItems.ask(api, "/api/actors/cepol");
        JsonNode whole = cepol.whole();
        JsonNode one = cepol.one();

        whole.path("totals").properties().forEach(list -> FirstItems.check(list.getKey(),
                whole.path(list.getKey()), one.path(list.getKey()), list.getValue().asLong()));
        // The workshop news names CEPOL three times: WB PaCT's lead implementer, the workshop's co-organiser, and
        // among the representatives taking part in it. Types in alphabetical order: the IMPLEMENTS link first.
        assertThat(whole.path("totals").path("roles").asInt()).isEqualTo(3);
        assertThat(roles(whole)).containsExactlyInAnyOrder("wb-pact implementer (lead)",
                "cscwb-cybercrime-workshop-2023 organiser (co-organiser)",
                "cscwb-cybercrime-workshop-2023 participant (representatives)");
        assertThat(roles(one)).containsExactly("wb-pact implementer (lead)");
    }

    private static java.util.List<String> roles(JsonNode actor) {
        java.util.List<String> roles = new java.util.ArrayList<>();
        actor.path("roles").forEach(r -> roles.add(r.path("other").path("id").asString() + " " + r.path("role").asString()));
        return roles;
    }
}
