package org.wbcyber.graph.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.wbcyber.graph.support.CypherTest;

/** The loaded graph says what the five documents say, and can say where each fact comes from. */
class CuratedFactsTest extends CypherTest {

    @Test
    void everyCuratedNodeAndRelationshipHasASourceAndAQuoteForEachSource() {
        assertThat(query("""
                MATCH (n) WHERE NOT n:Dataset
                  AND (n.dataset <> 'curated' OR size(n.sources) = 0 OR size(n.sources) <> size(n.quotes))
                RETURN n.id""")).isEmpty();
        assertThat(query("""
                MATCH ()-[r]->()
                WHERE r.dataset <> 'curated' OR size(r.sources) = 0 OR size(r.sources) <> size(r.quotes)
                RETURN type(r)""")).isEmpty();
        assertThat(query("""
                MATCH (n) WHERE NOT n:Dataset AND NOT n:Source
                UNWIND n.sources AS source
                WITH DISTINCT source WHERE NOT EXISTS { (:Source {id: source}) }
                RETURN source""")).as("every source named exists").isEmpty();
    }

    @Test
    void whereAnEdgeComesFromIsOneQuery() {
        List<Record> rows = query("""
                MATCH (o:Actor)-[r:FUNDS]->(p:Project {acronym: 'CSCWB'})
                UNWIND range(0, size(r.sources) - 1) AS i
                MATCH (s:Source {id: r.sources[i]})
                RETURN o.name AS funder, r.role AS role, s.file AS file, r.quotes[i] AS quote
                ORDER BY funder""");

        assertThat(rows).extracting(r -> r.get("funder").asString() + " | " + r.get("role").asString() + " | "
                + r.get("file").asString() + " | " + r.get("quote").asString()).containsExactly(
                "European Union | co-financer | 001_8133006a4d063dc4.txt | co-financed by the European Union",
                "German Federal Ministry for Economic Cooperation and Development | co-financer | 001_8133006a4d063dc4.txt | "
                        + "co-financed by the European Union, the German Federal Ministry for Economic Cooperation and Development (BMZ)",
                "Italian Ministry of Interior | co-financer | 001_8133006a4d063dc4.txt | co-financed by the European Union, "
                        + "the German Federal Ministry for Economic Cooperation and Development (BMZ) and the Italian Ministry of Interior.");
    }

    @Test
    void referenceFactsAreMarkedAsReferenceNotAttributedToADocument() {
        List<Record> rows = query("""
                MATCH (:Country {id: 'XK'})-[r:MEMBER_OF]->(:Region {id: 'WB'}) RETURN r.sources AS sources""");

        assertThat(rows.get(0).get("sources").asList()).containsExactly("reference");
        assertThat(query("MATCH (c:Country {id: 'XK'}) RETURN c.name AS name").get(0).get("name").asString())
                .isEqualTo("Kosovo");
    }

    @Test
    void oneBodyKeepsEveryNameTheDocumentsGiveIt() {
        List<Record> ega = query("""
                CALL db.index.fulltext.queryNodes('names', '"e-Government Academy"') YIELD node
                RETURN node.id AS id, node.names AS names""");

        assertThat(ega.get(0).get("id").asString()).isEqualTo("ee-egovernance-academy");
        assertThat(ega.get(0).get("names").asList(v -> v.asString()))
                .contains("e-Governance Academy", "e-Government Academy", "e-GA");
        assertThat(query("MATCH (o:Organisation {acronym: 'IMoI'}) RETURN o.name AS name").get(0).get("name").asString())
                .isEqualTo("Italian Ministry of Interior");
        assertThat(query("MATCH (o:Organisation {acronym: 'ODK'}) RETURN o.name AS name").get(0).get("name").asString())
                .isEqualTo("Open Data Kosovo");
    }

    @Test
    void vagueStatementsStayVague() {
        Record ega = query("""
                MATCH (p:Project {id: 'ega-cybersecurity-governance-al-me-mk'})
                RETURN p.budgetText AS text, p.budgetAmount AS amount, p.budgetCurrency AS currency""").get(0);
        List<Record> participants = query("""
                MATCH (g:Group)-[:PARTICIPATES_IN]->(:Event {id: 'cscwb-cybercrime-workshop-2023'}),
                      (g)-[:BASED_IN]->(area)
                RETURN g.kind AS kind, area.id AS area ORDER BY area, kind""");

        assertThat(ega.get("text").asString()).isEqualTo("1.8 million");
        assertThat(ega.get("amount").asDouble()).isEqualTo(1_800_000d);
        assertThat(ega.get("currency").isNull()).isTrue();
        assertThat(participants).extracting(r -> r.get("kind").asString() + "@" + r.get("area").asString())
                .containsExactly("cert@EU", "police@EU", "cert@WB", "police@WB");
    }

    @Test
    void theGci2020ScoresOfTheWesternBalkansAreAsTheArticleGivesThem() {
        List<Record> scores = query("""
                MATCH (c:Country)-[:HAS_SCORE]->(s:Score)-[:FOR_INDICATOR]->(:Index {id: 'gci'})
                RETURN c.id AS country, s.available AS available, s.rank AS rank, s.value AS score, s.year AS year
                ORDER BY country""");

        assertThat(scores).extracting(r -> r.get("country").asString() + " " + r.get("available").asBoolean() + " "
                + r.get("rank").asObject() + " " + r.get("score").asObject() + " " + r.get("year").asObject())
                .containsExactly("AL true 80 64.32 2020", "ME true 87 52.3 2020", "MK true 38 89.92 2020",
                        "RS true 39 89.8 2020", "XK false null null 2020");
    }

    @Test
    void theBudapestWorkshopHasItsDatesPlaceOrganisersAndProject() {
        Record workshop = query("""
                MATCH (e:Event {id: 'cscwb-cybercrime-workshop-2023'})-[:HELD_IN]->(c:Country)
                RETURN e.dateStart AS start, e.dateEnd AS end, e.city AS city, c.id AS country,
                       [(o)-[r:ORGANISED]->(e) | o.id + ':' + r.role] AS organisers""").get(0);

        assertThat(workshop.get("start").asLocalDate()).hasToString("2023-05-03");
        assertThat(workshop.get("end").asLocalDate()).hasToString("2023-05-05");
        assertThat(workshop.get("city").asString()).isEqualTo("Budapest");
        assertThat(workshop.get("country").asString()).isEqualTo("HU");
        assertThat(workshop.get("organisers").asList(v -> v.asString())).containsExactlyInAnyOrder(
                "cscwb-ipa-2019:organiser", "al-state-police:co-organiser", "cepol:co-organiser",
                "hu-national-police:co-organiser");
    }

    @Test
    void theFiveElectionCommissionChairsEndorsedTheStatementTheRoundtableProduced() {
        List<Record> chairs = query("""
                MATCH (:Event {id: 'wb-emb-roundtable-tirana-2023'})-[:PRODUCED]->(s:Publication),
                      (p:Person)-[:ENDORSED]->(s), (p)-[h:HOLDS_ROLE]->(emb:Organisation {kind: 'election-body'})
                RETURN p.name AS name, emb.id AS body ORDER BY name""");

        assertThat(chairs).extracting(r -> r.get("name").asString()).containsExactly("Aleksandar Dashtevsi",
                "Ilirjan Celibashi", "Kreshnik Radoniqi", "Nikola Mugosa", "Suad Arnautovic");
    }

    @Test
    void everyProjectAndEventHasAThemeItsTextSupports() {
        assertThat(query("""
                MATCH (n:Project|Event) WHERE NOT (n)-[:HAS_THEME]->(:Theme) RETURN n.id""")).isEmpty();
    }
}
