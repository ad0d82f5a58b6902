// Which projects reach this country, and how? 'direct' when the country, or a body or group based in it, is a
// beneficiary; 'regional' when the beneficiary is a region it is a member of (candidates do not count), or a
// group drawn from that region. With the funders, implementers, themes and period of each project, by name.
// $limit (or null for all) keeps the first so many; total (on every row) counts them all. Only those kept are
// projected.
:param country => 'AL'
:param limit => null
MATCH (country:Country {id: $country})
CALL (country) {
  MATCH (p:Project)-[b:BENEFITS]->(country)
  RETURN p, b, 'direct' AS reach, null AS region
  UNION
  MATCH (p:Project)-[b:BENEFITS]->(:Organisation|Group)-[:BASED_IN]->(country)
  RETURN p, b, 'direct' AS reach, null AS region
  UNION
  MATCH (country)-[m:MEMBER_OF]->(r:Region)<-[b:BENEFITS]-(p:Project)
  WHERE coalesce(m.status, 'member') = 'member'
  RETURN p, b, 'regional' AS reach, r.id AS region
  UNION
  MATCH (country)-[m:MEMBER_OF]->(r:Region)<-[:BASED_IN]-(:Organisation|Group)<-[b:BENEFITS]-(p:Project)
  WHERE coalesce(m.status, 'member') = 'member'
  RETURN p, b, 'regional' AS reach, r.id AS region
}
WITH p, collect(DISTINCT reach) AS reaches, collect(DISTINCT region) AS regions, collect(b) AS benefits
ORDER BY p.name, p.id
WITH collect({p: p, reaches: reaches, regions: regions, benefits: benefits}) AS reached
UNWIND reached[..coalesce($limit, size(reached))] AS r
WITH r.p AS p, r.reaches AS reaches, r.regions AS regions, r.benefits AS benefits, size(reached) AS total
ORDER BY p.name, p.id
RETURN p {.id, .name, .acronym, .status, .period, start: p.periodStart, end: p.periodEnd, .budgetText,
          .budgetAmount, .budgetCurrency} AS project,
       CASE WHEN 'direct' IN reaches THEN 'direct' ELSE 'regional' END AS reach,
       regions,
       [b IN benefits | {from: startNode(b).id, type: 'BENEFITS', to: endNode(b).id, sources: b.sources, quotes: b.quotes}] AS statements,
       [(x)-[r:FUNDS]->(p) | {actor: x {.id, .name, .acronym, .kind, label: [l IN labels(x) WHERE l <> 'Actor'][0]}, role: r.role}] AS funders,
       [(x)-[r:IMPLEMENTS]->(p) | {actor: x {.id, .name, .acronym, .kind, label: [l IN labels(x) WHERE l <> 'Actor'][0]}, role: r.role}] AS implementers,
       [(p)-[:HAS_THEME]->(t:Theme) | t.id] AS themes,
       total
