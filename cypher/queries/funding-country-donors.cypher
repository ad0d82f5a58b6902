// Who funds the projects that reach this country? Each donor once, ranked: those funding a project that reaches
// it directly first, then by how many of the projects they fund, then by id; with the ids of the first $items of
// those projects by name. Reach as in project-reach.cypher. $items keeps the first so many donors; total (on every
// row) counts them all.
:param country => 'AL'
:param items => 100
MATCH (country:Country {id: $country})
CALL (country) {
  MATCH (p:Project)-[:BENEFITS]->(country)
  RETURN p, 'direct' AS reach
  UNION
  MATCH (p:Project)-[:BENEFITS]->(:Organisation|Group)-[:BASED_IN]->(country)
  RETURN p, 'direct' AS reach
  UNION
  MATCH (country)-[m:MEMBER_OF]->(r:Region)<-[:BENEFITS]-(p:Project)
  WHERE coalesce(m.status, 'member') = 'member'
  RETURN p, 'regional' AS reach
  UNION
  MATCH (country)-[m:MEMBER_OF]->(r:Region)<-[:BASED_IN]-(:Organisation|Group)<-[:BENEFITS]-(p:Project)
  WHERE coalesce(m.status, 'member') = 'member'
  RETURN p, 'regional' AS reach
}
WITH p, 'direct' IN collect(reach) AS direct
MATCH (donor:Actor)-[:FUNDS]->(p)
WITH DISTINCT donor, p, direct
ORDER BY p.name, p.id
WITH donor, count(p) AS projects, collect(p.id)[..$items] AS projectIds, any(d IN collect(direct) WHERE d) AS direct
ORDER BY direct DESC, projects DESC, donor.id
WITH collect({donor: donor, projects: projects, projectIds: projectIds, direct: direct}) AS donors
UNWIND donors[..$items] AS d
WITH d.donor AS donor, d, size(donors) AS total
RETURN donor {.id, label: [l IN labels(donor) WHERE l <> 'Actor'][0], .name, .acronym, .kind} AS donor,
       d.projects AS projects, d.projectIds AS projectIds, d.direct AS direct, total
