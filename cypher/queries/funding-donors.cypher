// Who funds anything? Every actor that funds or co-finances a project, with how many projects and which.
MATCH (d:Actor)-[f:FUNDS]->(p:Project)
WITH d, count(DISTINCT p) AS projects, collect(DISTINCT p.id) AS projectIds,
     collect(DISTINCT f.role) AS roles
RETURN d {.id, .name, .acronym, .kind, label: [l IN labels(d) WHERE l <> 'Actor'][0]} AS donor,
       projects, projectIds, roles
ORDER BY projects DESC, donor.name
