// Where do projects overlap? Country and theme combinations that several projects reach (directly or through
// a region), with the projects, how each reaches the country, and their donors. Periods are shown so overlap in
// time can be judged; many projects state none.
:param region => 'WB'
MATCH (c:Country)-[m:MEMBER_OF]->(:Region {id: $region})
WHERE coalesce(m.status, 'member') = 'member'
CALL (c) {
  MATCH (p:Project)-[:BENEFITS]->(c)
  RETURN p, 'direct' AS reach
  UNION
  MATCH (p:Project)-[:BENEFITS]->(:Organisation|Group)-[:BASED_IN]->(c)
  RETURN p, 'direct' AS reach
  UNION
  MATCH (c)-[mm:MEMBER_OF]->(:Region)<-[:BENEFITS]-(p:Project)
  WHERE coalesce(mm.status, 'member') = 'member'
  RETURN p, 'regional' AS reach
  UNION
  MATCH (c)-[mm:MEMBER_OF]->(:Region)<-[:BASED_IN]-(:Organisation|Group)<-[:BENEFITS]-(p:Project)
  WHERE coalesce(mm.status, 'member') = 'member'
  RETURN p, 'regional' AS reach
}
WITH c, p, CASE WHEN 'direct' IN collect(reach) THEN 'direct' ELSE 'regional' END AS reach
MATCH (p)-[:HAS_THEME]->(t:Theme)
WITH c, t, collect({project: p.id, reach: reach, period: p.period,
                    donors: [(d:Actor)-[:FUNDS]->(p) | d.id]}) AS projects
WHERE size(projects) > 1
RETURN c.id AS country, t.id AS theme, size(projects) AS projectCount, projects
ORDER BY country, theme
