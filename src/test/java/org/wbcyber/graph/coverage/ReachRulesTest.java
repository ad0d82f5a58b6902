package org.wbcyber.graph.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.wbcyber.graph.query.GraphQueries;
import org.wbcyber.graph.support.GraphTest;

/**
 * How a project reaches a country (directly, or through a region the country is a member of) is written out in
 * every query that needs it, so that each file can be pasted into Browser on its own. These tests hold every copy
 * to project-reach.cypher, country by country over the Western Balkans.
 */
@GraphTest
class ReachRulesTest {

    private static final String REGION = "WB";

    @Autowired
    GraphQueries queries;

    @Autowired
    Driver driver;

    private record Reached(String reach, Set<String> themes, Set<String> funders) {
    }

    private List<String> countries() {
        return queries.column("region-countries", Map.of("region", REGION), String.class);
    }

    /** Project id to how it reaches the country and its themes, as project-reach.cypher says. */
    private Map<String, Reached> reachOf(String country) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("country", country);
        parameters.put("limit", null);
        Map<String, Reached> reached = new TreeMap<>();
        for (Record row : queries.read("project-reach", parameters)) {
            reached.put(row.get("project").get("id").asString(), new Reached(row.get("reach").asString(),
                    new TreeSet<>(row.get("themes").asList(Value::asString)),
                    new TreeSet<>(row.get("funders").asList(f -> f.get("actor").get("id").asString()))));
        }
        return reached;
    }

    private Map<String, Map<String, Reached>> reachOfEachCountry() {
        Map<String, Map<String, Reached>> reach = new TreeMap<>();
        countries().forEach(country -> reach.put(country, reachOf(country)));
        return reach;
    }

    @Test
    void theDocumentsReachTheRegionsCountriesBothDirectlyAndThroughTheRegion() {
        Map<String, Map<String, Reached>> reach = reachOfEachCountry();

        assertThat(reach.keySet()).containsExactly("AL", "BA", "ME", "MK", "RS", "XK");
        assertThat(reach.get("AL")).containsKey("ega-cybersecurity-governance-al-me-mk");
        assertThat(reach.get("AL").get("ega-cybersecurity-governance-al-me-mk").reach()).isEqualTo("direct");
        assertThat(reach.values()).allSatisfy(projects -> assertThat(projects.get("wb-pact").reach()).isEqualTo("regional"));
        assertThat(reach.get("XK").values()).noneMatch(p -> p.themes().contains("elections"));
    }

    @Test
    void everyCopyOfTheRulesAgreesWithProjectReachOnTheDocuments() {
        coverageRowsAgree();
        coverageGapsAgree();
        coverageOverlapsAgree();
        // Serbia's capacity-building need (NCSI 4.4, international cooperation) is met by both regional projects.
        assertThat(needsAgree()).contains("RS 4.4 cscwb-ipa-2019 regional", "RS 4.4 wb-pact regional");
        donorsAgree();
    }

    /**
     * The documents do not tell the four ways apart (their projects reaching a country through a body also reach it
     * directly), so probe projects are written that reach countries by one way each, each region with a country
     * that is only a candidate of it; every probe has every theme, so that Serbia's needs (the only country with
     * scores in the documents) ask for the probe reaching it through a body based there.
     */
    @Test
    void everyCopyOfTheRulesAgreesWithProjectReachOnProjectsReachingCountriesOneWayEach() {
        driver.executableQuery("""
                MATCH (kosovo:Country {id: 'XK'}), (bosnia:Country {id: 'BA'}), (montenegro:Country {id: 'ME'}),
                      (serbia:Country {id: 'RS'}), (macedonia:Country {id: 'MK'})
                CREATE (direct:Project {id: 'reach-probe-country', name: 'Reach probe: a country'}),
                       (body:Project {id: 'reach-probe-body', name: 'Reach probe: a body based in a country'}),
                       (region:Project {id: 'reach-probe-region', name: 'Reach probe: a region'}),
                       (group:Project {id: 'reach-probe-group', name: 'Reach probe: a group based in a region'}),
                       (direct)-[:BENEFITS]->(kosovo),
                       (body)-[:BENEFITS]->(:Actor:Organisation {id: 'reach-probe-agency', name: 'Reach probe agency'})
                             -[:BASED_IN]->(serbia),
                       (region)-[:BENEFITS]->(r1:Actor:Region {id: 'reach-probe-region-1', name: 'Reach probe region 1'}),
                       (montenegro)-[:MEMBER_OF]->(r1), (bosnia)-[:MEMBER_OF {status: 'candidate'}]->(r1),
                       (group)-[:BENEFITS]->(:Actor:Group {id: 'reach-probe-network', name: 'Reach probe network'})
                              -[:BASED_IN]->(r2:Actor:Region {id: 'reach-probe-region-2', name: 'Reach probe region 2'}),
                       (macedonia)-[:MEMBER_OF]->(r2), (serbia)-[:MEMBER_OF {status: 'candidate'}]->(r2)
                CREATE (donor:Actor:Organisation {id: 'reach-probe-donor', name: 'Reach probe donor'}),
                       (donor)-[:FUNDS {role: 'funder'}]->(direct), (donor)-[:FUNDS {role: 'funder'}]->(body),
                       (donor)-[:FUNDS {role: 'funder'}]->(region), (donor)-[:FUNDS {role: 'funder'}]->(group)
                WITH direct, body, region, group
                MATCH (t:Theme)
                CREATE (direct)-[:HAS_THEME]->(t), (body)-[:HAS_THEME]->(t), (region)-[:HAS_THEME]->(t),
                       (group)-[:HAS_THEME]->(t)""").execute();
        try {
            Map<String, Map<String, Reached>> reach = reachOfEachCountry();
            Map<String, String> probes = new TreeMap<>();
            reach.forEach((country, projects) -> projects.forEach((project, reached) -> {
                if (project.startsWith("reach-probe-")) {
                    probes.put(country + " " + project, reached.reach());
                }
            }));
            assertThat(probes).containsExactlyInAnyOrderEntriesOf(Map.of("XK reach-probe-country", "direct",
                    "RS reach-probe-body", "direct", "ME reach-probe-region", "regional",
                    "MK reach-probe-group", "regional"));

            coverageRowsAgree();
            coverageGapsAgree();
            coverageOverlapsAgree();
            assertThat(needsAgree()).contains("RS 4.4 reach-probe-body direct", "RS 4.4 wb-pact regional")
                    .noneMatch(answer -> answer.contains("reach-probe-region") || answer.contains("reach-probe-group"));
            donorsAgree();
        } finally {
            driver.executableQuery("MATCH (n) WHERE n.id STARTS WITH 'reach-probe-' DETACH DELETE n").execute();
        }
    }

    private void coverageRowsAgree() {
        Map<String, Map<String, String>> fromRows = new TreeMap<>();
        countries().forEach(country -> fromRows.put(country, new TreeMap<>()));
        for (Record row : queries.read("coverage-rows", Map.of("region", REGION))) {
            for (Value country : row.get("countries").values()) {
                fromRows.get(country.get("country").asString()).put(row.get("id").asString(), country.get("reach").asString());
            }
        }

        Map<String, Map<String, String>> expected = new TreeMap<>();
        reachOfEachCountry().forEach((country, projects) -> {
            Map<String, String> reaches = new TreeMap<>();
            projects.forEach((project, reached) -> reaches.put(project, reached.reach()));
            expected.put(country, reaches);
        });
        assertThat(fromRows).isEqualTo(expected);
    }

    /** A gap is a country and theme that no project reaching the country has. */
    private void coverageGapsAgree() {
        List<String> themes = queries.column("themes", Map.of(), String.class);
        Set<String> expected = new TreeSet<>();
        reachOfEachCountry().forEach((country, projects) -> themes.stream()
                .filter(theme -> projects.values().stream().noneMatch(p -> p.themes().contains(theme)))
                .forEach(theme -> expected.add(country + " " + theme)));

        Set<String> gaps = new TreeSet<>();
        queries.read("coverage-gaps", Map.of("region", REGION))
                .forEach(row -> gaps.add(row.get("country").asString() + " " + row.get("theme").asString()));

        assertThat(gaps).isEqualTo(expected);
    }

    /** An overlap lists every project reaching the country on the theme, with its reach, when there are several. */
    private void coverageOverlapsAgree() {
        Map<String, Map<String, String>> expected = new TreeMap<>();
        reachOfEachCountry().forEach((country, projects) -> projects.forEach((project, reached) -> reached.themes()
                .forEach(theme -> expected.computeIfAbsent(country + " " + theme, cell -> new TreeMap<>())
                        .put(project, reached.reach()))));
        expected.values().removeIf(projects -> projects.size() < 2);

        Map<String, Map<String, String>> overlaps = new TreeMap<>();
        for (Record row : queries.read("coverage-overlaps", Map.of("region", REGION))) {
            Map<String, String> projects = new TreeMap<>();
            row.get("projects").values().forEach(p -> projects.put(p.get("project").asString(), p.get("reach").asString()));
            assertThat(row.get("projectCount").asInt()).isEqualTo(projects.size());
            overlaps.put(row.get("country").asString() + " " + row.get("theme").asString(), projects);
        }

        assertThat(overlaps).isEqualTo(expected);
    }

    /**
     * Each need lists the projects reaching the country on one of its themes. Answers the answered needs as
     * "country code project reach".
     */
    private Set<String> needsAgree() {
        Set<String> answered = new TreeSet<>();
        for (Map.Entry<String, Map<String, Reached>> country : reachOfEachCountry().entrySet()) {
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("country", country.getKey());
            parameters.put("maxShare", 0.5);
            parameters.put("items", null);
            for (Record need : queries.read("needs-response", parameters)) {
                Set<String> needThemes = new TreeSet<>(need.get("themes").asList(Value::asString));
                Map<String, String> expected = new TreeMap<>();
                country.getValue().forEach((project, reached) -> {
                    if (reached.themes().stream().anyMatch(needThemes::contains)) {
                        expected.put(project, reached.reach());
                    }
                });
                Map<String, String> listed = new LinkedHashMap<>();
                need.get("projects").values().forEach(p -> listed.put(p.get("id").asString(), p.get("reach").asString()));

                String where = country.getKey() + " " + need.get("indicator").asString();
                assertThat(new TreeMap<>(listed)).as(where).isEqualTo(expected);
                assertThat(need.get("projectsTotal").asInt()).as(where).isEqualTo(expected.size());
                assertThat(need.get("response").asString()).as(where).isEqualTo(expected.isEmpty() ? "none"
                        : expected.containsValue("direct") ? "direct" : "regional");
                expected.forEach((project, reach) -> answered.add(
                        country.getKey() + " " + need.get("code").asString() + " " + project + " " + reach));
            }
        }
        return answered;
    }

    /** A country's donors fund the projects reaching it: how many, and whether one of them reaches it directly. */
    private void donorsAgree() {
        reachOfEachCountry().forEach((country, projects) -> {
            Map<String, String> expected = new TreeMap<>();
            Map<String, Integer> counts = new TreeMap<>();
            Set<String> direct = new TreeSet<>();
            projects.values().forEach(reached -> reached.funders().forEach(donor -> {
                counts.merge(donor, 1, Integer::sum);
                if (reached.reach().equals("direct")) {
                    direct.add(donor);
                }
            }));
            counts.forEach((donor, count) -> expected.put(donor, count + (direct.contains(donor) ? " direct" : "")));

            Map<String, Object> parameters = new HashMap<>();
            parameters.put("country", country);
            parameters.put("items", 1_000);
            Map<String, String> donors = new TreeMap<>();
            queries.read("funding-country-donors", parameters).forEach(row -> donors.put(
                    row.get("donor").get("id").asString(),
                    row.get("projects").asInt() + (row.get("direct").asBoolean() ? " direct" : "")));

            assertThat(donors).as(country).isEqualTo(expected);
        });
    }
}
