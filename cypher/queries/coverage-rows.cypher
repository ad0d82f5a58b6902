// What the coverage matrix of a region is counted from: for each member country, every project that reaches it
// — 'direct' when the country, or a body or group based in it, is a beneficiary; 'regional' when a region it is
// a member of is, or a group based in that region — with the project's funders, themes and period. One compact
// row per project, with the countries it reaches and how (the evidence is in project-reach.cypher, per country).
:param region => 'WB'
MATCH (:Region {id: $region})<-[m:MEMBER_OF]-(country:Country)
WHERE coalesce(m.status, 'member') = 'member'
CALL (country) {
  MATCH (p:Project)-[:BENEFITS]->(country)
  RETURN p, 'direct' AS reach
  UNION
  MATCH (p:Project)-[:BENEFITS]->(:Organisation|Group)-[:BASED_IN]->(country)
  RETURN p, 'direct' AS reach
  UNION
  MATCH (country)-[m:MEMBER_OF]->(:Region)<-[:BENEFITS]-(p:Project)
  WHERE coalesce(m.status, 'member') = 'member'
  RETURN p, 'regional' AS reach
  UNION
  MATCH (country)-[m:MEMBER_OF]->(:Region)<-[:BASED_IN]-(:Organisation|Group)<-[:BENEFITS]-(p:Project)
  WHERE coalesce(m.status, 'member') = 'member'
  RETURN p, 'regional' AS reach
}
WITH p, country, CASE WHEN 'direct' IN collect(reach) THEN 'direct' ELSE 'regional' END AS reach
ORDER BY country.id
WITH p, collect({country: country.id, reach: reach}) AS countries
RETURN p.id AS id, p.name AS name, p.period AS period, p.periodStart AS start, p.periodEnd AS end, countries,
       [(x)-[:FUNDS]->(p) | {id: x.id, name: x.name}] AS funders,
       [(p)-[:HAS_THEME]->(t:Theme) | t.id] AS themes
ORDER BY name, id
