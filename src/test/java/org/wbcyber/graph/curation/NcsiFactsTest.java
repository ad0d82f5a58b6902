package org.wbcyber.graph.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.wbcyber.graph.support.CypherTest;

/** Serbia's NCSI page is in the graph down to every indicator, each score quoting the page (cypher/data/ncsi-*.yaml). */
class NcsiFactsTest extends CypherTest {

    private Record score(String code) {
        List<Record> rows = query("""
                MATCH (:Country {id: 'RS'})-[h:HAS_SCORE]->(s:Score)-[f:FOR_INDICATOR]->(i:Indicator {code: $code})
                      -[:PART_OF*1..2]->(:Index {id: 'ncsi'})
                MATCH (src:Source {id: s.sources[0]})
                RETURN s.id AS id, s.value AS value, s.max AS max, s.percent AS percent, s.evidenceText AS evidenceText,
                       s.sources AS sources, s.quotes AS quotes, h.sources AS hasScoreSources, h.quotes AS hasScoreQuotes,
                       f.quotes AS forIndicatorQuotes, src.file AS file, i.name AS name, i.level AS level,
                       i.criterion AS criterion, i.acceptedReferences AS acceptedReferences, i.maxScore AS maxScore,
                       [(i)-[:PART_OF]->(c:Indicator) | c.name][0] AS category""", Map.of("code", code));
        assertThat(rows).as("RS's NCSI score on " + code).hasSize(1);
        return rows.get(0);
    }

    private static List<String> strings(Value list) {
        return list.asList(Value::asString);
    }

    @Test
    void serbiaScoresZeroOfOneOnReportingResponsibilityAsThePageSays() {
        Record r = score("9.2");

        assertThat(r.get("id").asString()).isEqualTo("ncsi-rs-9-2");
        assertThat(r.get("value").asDouble()).isZero();
        assertThat(r.get("max").asDouble()).isEqualTo(1.0);
        assertThat(r.get("evidenceText").isNull()).as("the page gives no evidence for 9.2").isTrue();
        assertThat(strings(r.get("sources"))).containsExactly("ncsi-serbia");
        assertThat(strings(r.get("quotes"))).containsExactly("9.2. Reporting responsibility 001");
        assertThat(strings(r.get("hasScoreSources"))).containsExactly("ncsi-serbia");
        assertThat(strings(r.get("hasScoreQuotes"))).containsExactly("9.2. Reporting responsibility 001");
        assertThat(strings(r.get("forIndicatorQuotes"))).containsExactly("9.2. Reporting responsibility 001");
        assertThat(r.get("file").asString()).isEqualTo("002_897cc545091773c7.txt");
        assertThat(r.get("name").asString()).isEqualTo("Reporting responsibility");
        assertThat(r.get("level").asString()).isEqualTo("indicator");
        assertThat(r.get("criterion").asString()).isEqualTo("Digital service providers and operators of essential "
                + "services have an obligation to notify appointed government authorities of cyber security incidents.");
        assertThat(r.get("acceptedReferences").asString()).isEqualTo("Legal act");
        assertThat(r.get("maxScore").asLong()).isEqualTo(1);
        assertThat(r.get("category").asString()).isEqualTo("Cyber incidents response");
    }

    @Test
    void theSinglePointOfContactScoreKeepsTheEvidenceVerbatim() {
        Record r = score("9.3");

        String evidence = "In accordance with the Article 15 of the Law on Information Security, the National CERT is "
                + "the authorized point of contact for the cooperation with the similar organizations in other countries.";
        assertThat(r.get("value").asDouble()).isEqualTo(2.0);
        assertThat(r.get("max").asDouble()).isEqualTo(2.0);
        assertThat(r.get("evidenceText").asString()).isEqualTo(evidence);
        assertThat(strings(r.get("quotes"))).containsExactly(
                "9.3. Single point of contact for international coordination 222", evidence);
    }

    @Test
    void categoryFiveIsFullMarks() {
        Record r = score("5");

        assertThat(r.get("id").asString()).isEqualTo("ncsi-rs-5");
        assertThat(r.get("level").asString()).isEqualTo("category");
        assertThat(r.get("name").asString()).isEqualTo("Protection of digital services");
        assertThat(r.get("value").asDouble()).isEqualTo(5.0);
        assertThat(r.get("max").asDouble()).isEqualTo(5.0);
        assertThat(r.get("percent").asDouble()).isEqualTo(100.0);
        assertThat(r.get("maxScore").asLong()).isEqualTo(5);
        assertThat(strings(r.get("quotes"))).containsExactly("5. Protection of digital services 5/5 100%55 100%");
    }

    @Test
    void serbiaScoresZeroOnExactlyTheseNineIndicators() {
        List<Record> rows = query("""
                MATCH (:Country {id: 'RS'})-[:HAS_SCORE]->(s:Score)-[:FOR_INDICATOR]->(i:Indicator {level: 'indicator'})
                      -[:PART_OF]->(:Indicator)-[:PART_OF]->(:Index {id: 'ncsi'})
                WHERE s.value = 0
                RETURN i.code AS code ORDER BY [x IN split(code, '.') | toInteger(x)]""", Map.of());

        assertThat(rows).extracting(r -> r.get("code").asString())
                .containsExactly("2.2", "3.2", "3.4", "4.3", "4.4", "9.2", "10.1", "10.4", "12.1");
    }

    @Test
    void theIndexHasTwelveCategoriesAndFortySixIndicatorsWhoseMaximaAddUp() {
        Record counts = query("""
                MATCH (x:Index {id: 'ncsi'})
                RETURN COUNT { (:Indicator {level: 'category'})-[:PART_OF]->(x) } AS categories,
                       COUNT { (:Indicator {level: 'indicator'})-[:PART_OF]->(:Indicator)-[:PART_OF]->(x) } AS indicators,
                       COUNT { (:Country {id: 'RS'})-[:HAS_SCORE]->(:Score)-[:FOR_INDICATOR]->(:Indicator)
                               -[:PART_OF*1..2]->(x) } AS scores,
                       COUNT { (:Country)-[:HAS_SCORE]->(:Score)-[:FOR_INDICATOR]->(x) } AS overallScores,
                       x.sources AS sources""", Map.of()).get(0);

        assertThat(counts.get("categories").asInt()).isEqualTo(12);
        assertThat(counts.get("indicators").asInt()).isEqualTo(46);
        assertThat(counts.get("scores").asInt()).isEqualTo(58);
        assertThat(counts.get("overallScores").asInt()).as("the page states no overall score").isZero();
        assertThat(strings(counts.get("sources"))).containsExactly("reference", "ncsi-serbia");
        assertThat(query("""
                MATCH (c:Indicator {level: 'category'})-[:PART_OF]->(:Index {id: 'ncsi'})
                WITH c, [(i:Indicator)-[:PART_OF]->(c) | i.maxScore] AS maxima
                WHERE reduce(total = 0, m IN maxima | total + m) <> c.maxScore
                RETURN c.code""", Map.of())).as("categories whose indicators' maxima do not add up").isEmpty();
    }
}
