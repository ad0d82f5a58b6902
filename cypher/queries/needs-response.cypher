// Which measured needs does no donor address? A country's unmet needs — the index indicators on which it scores
// at most $maxShare of the points (0 = only zero scores): the NCSI's indicators, the GCI's pillars (the lowest
// level of each index) — each with the themes it calls for (our mappings: cypher/mappings/ncsi-themes.yaml,
// cypher/data/gci-pillars.yaml) and the donor projects reaching the country on one of those themes: directly,
// or regionally through a region the country is a member of; with funders, implementers and period. A need no
// project answers has response 'none'. /api/needs/{country} and /api/needs/{country}.csv run this query.
// Each need lists the projects reaching the country directly first, then by name: the first $items of them (all
// when null; the CSV export takes all), and projectsTotal counts them all.
:param country => 'RS'
:param maxShare => 0.5
:param items => null
MATCH (country:Country {id: $country})-[:HAS_SCORE]->(s:Score)-[:FOR_INDICATOR]->(i:Indicator)-[:PART_OF*1..2]->(index:Index)
WHERE s.max > 0 AND s.value / s.max <= $maxShare
  AND NOT EXISTS { (:Indicator)-[:PART_OF]->(i) }
OPTIONAL MATCH (i)-[:PART_OF]->(category:Indicator)
WITH country, s, i, category, index, [(i)-[:HAS_THEME]->(t:Theme) | t] AS needThemes
CALL (country, needThemes) {
  UNWIND needThemes AS t
  MATCH (p:Project)-[:HAS_THEME]->(t)
  CALL (p, country) {
    MATCH (p)-[:BENEFITS]->(country)
    RETURN 'direct' AS reach, null AS region
    UNION
    MATCH (p)-[:BENEFITS]->(:Organisation|Group)-[:BASED_IN]->(country)
    RETURN 'direct' AS reach, null AS region
    UNION
    MATCH (country)-[m:MEMBER_OF]->(r:Region)<-[:BENEFITS]-(p)
    WHERE coalesce(m.status, 'member') = 'member'
    RETURN 'regional' AS reach, r.id AS region
    UNION
    MATCH (country)-[m:MEMBER_OF]->(r:Region)<-[:BASED_IN]-(:Organisation|Group)<-[:BENEFITS]-(p)
    WHERE coalesce(m.status, 'member') = 'member'
    RETURN 'regional' AS reach, r.id AS region
  }
  WITH p, collect(DISTINCT t.id) AS themes, collect(DISTINCT region) AS regions,
       CASE WHEN 'direct' IN collect(reach) THEN 'direct' ELSE 'regional' END AS reach
  ORDER BY reach <> 'direct', p.name, p.id
  WITH collect({p: p, themes: themes, regions: regions, reach: reach}) AS responding
  CALL (responding) {
    UNWIND responding[..coalesce($items, size(responding))] AS answer
    WITH answer, answer.p AS p
    RETURN collect(p {.id, .name, .acronym, .status, start: p.periodStart, end: p.periodEnd, reach: answer.reach,
                      regions: answer.regions, themes: answer.themes,
                      funders: [(x)-[f:FUNDS]->(p) | {id: x.id, name: x.name, acronym: x.acronym, role: f.role}],
                      implementers: [(x)-[m:IMPLEMENTS]->(p) | {id: x.id, name: x.name, acronym: x.acronym, role: m.role}]})
           AS projects
  }
  RETURN projects, size(responding) AS projectsTotal,
         CASE WHEN responding = [] THEN 'none'
              WHEN any(answer IN responding WHERE answer.reach = 'direct') THEN 'direct' ELSE 'regional' END AS response
}
RETURN index.id AS index, i.code AS code, i.id AS indicator, i.name AS name, category.name AS category,
       s.year AS year,
       s.value AS value, s.max AS max, [t IN needThemes | t.id] AS themes,
       response, projects, projectsTotal, i.criterion AS criterion, s.evidenceText AS evidenceText,
       s.sources AS sources, s.quotes AS quotes
ORDER BY index, [x IN split(code, '.') | toInteger(x)]
