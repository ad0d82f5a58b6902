// Where is donor coverage thin? For each member country of a region and each theme of the vocabulary, the
// combinations that no project reaches — neither directly (the country, or a body or group based there, is a
// beneficiary) nor regionally (through a region the country is a member of). /api/coverage/gaps.csv exports it.
:param region => 'WB'
MATCH (c:Country)-[m:MEMBER_OF]->(:Region {id: $region})
WHERE coalesce(m.status, 'member') = 'member'
MATCH (t:Theme)
WHERE NOT EXISTS {
  MATCH (p:Project)-[:HAS_THEME]->(t)
  WHERE EXISTS { (p)-[:BENEFITS]->(c) }
     OR EXISTS { (p)-[:BENEFITS]->(:Organisation|Group)-[:BASED_IN]->(c) }
     OR EXISTS { (c)-[mm:MEMBER_OF]->(:Region)<-[:BENEFITS]-(p) WHERE coalesce(mm.status, 'member') = 'member' }
     OR EXISTS { (c)-[mm:MEMBER_OF]->(:Region)<-[:BASED_IN]-(:Organisation|Group)<-[:BENEFITS]-(p)
                 WHERE coalesce(mm.status, 'member') = 'member' }
}
RETURN c.id AS country, t.id AS theme, t.name AS themeName
ORDER BY country, theme
