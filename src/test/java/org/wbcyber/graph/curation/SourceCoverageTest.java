package org.wbcyber.graph.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.wbcyber.graph.support.CypherTest;

/**
 * What the coverage audit (docs/coverage.md) added is in the graph as the documents state it, and the checklist
 * names only nodes the graph holds.
 */
class SourceCoverageTest extends CypherTest {

    /** A checklist row: | item | Label | `id` | status |. */
    private static final Pattern ROW = Pattern.compile("^\\| .+ \\| (\\w+) \\| `([^`]+)` \\| (in graph|added now) \\|$");

    @Test
    void everyNodeTheChecklistNamesIsInTheGraphWithThatLabel() throws IOException {
        List<String> missing = new ArrayList<>();
        int rows = 0;
        for (String line : Files.readAllLines(Path.of("docs/coverage.md"))) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                rows++;
                boolean found = !query("MATCH (n {id: $id}) WHERE $label IN labels(n) RETURN n.id",
                        Map.of("id", row.group(2), "label", row.group(1))).isEmpty();
                if (!found) {
                    missing.add(row.group(1) + " " + row.group(2));
                }
            }
        }
        assertThat(rows).as("checklist rows").isGreaterThan(200);
        assertThat(missing).as("checklist rows without a node").isEmpty();
    }

    @Test
    void serbiasCybercrimeUnitsSitInsideTheMinistryOfInteriorUnderEveryNameThePageUses() {
        List<Record> chain = query("""
                MATCH path = (:Organisation {id: 'rs-moi-cybercrime-department'})-[:PART_OF*]->(top:Organisation)
                WHERE NOT (top)-[:PART_OF]->()
                RETURN [n IN nodes(path) | n.name] AS names""");
        List<Record> byAlias = query("""
                CALL db.index.fulltext.queryNodes('names', '"Service for Organized Crime"') YIELD node
                RETURN node.id AS id""");

        assertThat(chain).hasSize(1);
        assertThat(chain.get(0).get("names").asList(v -> v.asString())).containsExactly(
                "Cybercrime Department", "Service for Combating Organized Crime", "Ministry of Interior");
        assertThat(byAlias.get(0).get("id").asString()).isEqualTo("rs-moi-service-combating-organised-crime");
    }

    @Test
    void theCoordinationBodyIsEstablishedByTheDecisionAndKnownByBothNames() {
        List<Record> rows = query("""
                MATCH (d:PolicyDocument)-[r:ESTABLISHES]->(o:Organisation {id: 'rs-cyber-security-coordination-body'})
                MATCH (o)-[:PART_OF]->(g:Organisation)
                RETURN d.name AS decision, d.type AS type, o.names AS names, g.name AS government, r.sources AS sources""");

        assertThat(rows).hasSize(1);
        Record row = rows.get(0);
        assertThat(row.get("decision").asString())
                .isEqualTo("Decision on the establishment of the Information Security Coordination Body");
        assertThat(row.get("type").asString()).isEqualTo("decision");
        assertThat(row.get("names").asList(v -> v.asString()))
                .contains("Coordination Body for Cyber Security Affairs", "Information Security Coordination Body");
        assertThat(row.get("government").asString()).isEqualTo("Government of Serbia");
        assertThat(row.get("sources").asList(v -> v.asString())).containsExactly("ncsi-serbia");
    }

    @Test
    void theIpaCybercrimeProjectIsAJointProjectOfTheEuAndTheCouncilOfEuropeForSevenCountries() {
        Record project = query("""
                MATCH (p:Project {id: 'coe-eu-ipa-cybercrime-cooperation'})
                RETURN p.name AS name,
                       [(a)-[r:PARTY_TO]->(p) | a.id + ':' + r.role] AS parties,
                       [(a)-[:FUNDS|IMPLEMENTS]->(p) | a.id] AS fundersOrImplementers,
                       [(p)-[:BENEFITS]->(c:Country) | c.id] AS beneficiaries""").get(0);

        assertThat(project.get("name").asString())
                .isEqualTo("Cooperation on Cybercrime under the Instrument of Pre-accession Assistance (IPA)");
        assertThat(project.get("parties").asList(v -> v.asString()))
                .containsExactlyInAnyOrder("EU:joint project", "coe:joint project");
        assertThat(project.get("fundersOrImplementers").asList()).as("a joint project leaves the roles open").isEmpty();
        assertThat(project.get("beneficiaries").asList(v -> v.asString()))
                .containsExactlyInAnyOrder("AL", "BA", "ME", "MK", "RS", "TR", "XK");
    }

    @Test
    void theOsceTableTopExerciseWasInSerbiaInOctober2017() {
        Record exercise = query("""
                MATCH (e:Event {id: 'rs-osce-energy-infrastructure-tabletop-2017'})-[:HELD_IN]->(c:Country)
                MATCH (o)-[r:ORGANISED]->(e)
                RETURN e.type AS type, e.date AS date, e.dateStart AS start, e.dateEnd AS end, c.id AS country,
                       o.name AS organiser, r.quotes[0] AS quote,
                       [(g:Group)-[:PARTICIPATES_IN]->(e) | g.name] AS participants""").get(0);

        assertThat(exercise.get("type").asString()).isEqualTo("exercise");
        assertThat(exercise.get("date").asString()).isEqualTo("2017-10");
        assertThat(exercise.get("start").asLocalDate()).hasToString("2017-10-01");
        assertThat(exercise.get("end").asLocalDate()).hasToString("2017-10-31");
        assertThat(exercise.get("country").asString()).isEqualTo("RS");
        assertThat(exercise.get("organiser").asString()).isEqualTo("OSCE");
        assertThat(exercise.get("quote").asString()).isEqualTo("which was organized by OSCE in October 2017");
        assertThat(exercise.get("participants").asList(v -> v.asString()))
                .containsExactly("Representatives of Serbian state bodies");
    }

    @Test
    void serbiaRatifiedTheAdditionalProtocolToTheConventionOnCybercrime() {
        Record protocol = query("""
                MATCH (p:PolicyDocument {id: 'budapest-convention-additional-protocol'})
                      -[s:SUPPLEMENTS]->(c:PolicyDocument {id: 'budapest-convention'})
                MATCH (:Country {id: 'RS'})-[r:RATIFIED]->(p)
                RETURN p.type AS type, s.relation AS relation, r.instrument AS instrument""").get(0);

        assertThat(protocol.get("type").asString()).isEqualTo("protocol");
        assertThat(protocol.get("relation").asString()).isEqualTo("protocol");
        assertThat(protocol.get("instrument").asString()).contains("No. 19/2009");
    }

    @Test
    void eSafetyWasFormedInFebruary2016AndTheLawOnInformationSecurityKeepsItsGazetteReference() {
        Record esafety = query("""
                MATCH (o:Organisation {id: 'rs-esafety'})
                RETURN o.kind AS kind, o.established AS established, o.establishedStart AS start""").get(0);
        Record law = query("""
                MATCH (l:PolicyDocument {id: 'rs-law-information-security'})-[:COVERS]->(c:Country)
                RETURN l.reference AS reference, c.id AS country,
                       [(o)-[:RESPONSIBLE_FOR]->(l) | o.name] AS responsible""").get(0);

        assertThat(esafety.get("kind").asString()).isEqualTo("professional-association");
        assertThat(esafety.get("established").asString()).isEqualTo("2016-02");
        assertThat(esafety.get("start").asLocalDate()).hasToString("2016-02-01");
        assertThat(law.get("reference").asString()).contains("no. 6 of 28 January 2016");
        assertThat(law.get("country").asString()).isEqualTo("RS");
        assertThat(law.get("responsible").asList(v -> v.asString()))
                .containsExactly("Ministry of Trade, Tourism and Telecommunications");
    }
}
