// Who funds anything? Every actor that funds or co-finances a project, most projects first: how many projects,
// the ids of the first $items by name, and its roles. One row: a page of them ($skip, $limit) and how many
// donors there are.
:param skip => 0
:param limit => 20
:param items => 100
OPTIONAL MATCH (d:Actor)-[f:FUNDS]->(p:Project)
WITH d, p, f
ORDER BY p.name, p.id
WITH d, count(DISTINCT p) AS projects, collect(DISTINCT p.id)[..$items] AS projectIds,
     collect(DISTINCT f.role) AS roles
WHERE d IS NOT NULL
ORDER BY projects DESC, d.name, d.id
WITH collect({d: d, projects: projects, projectIds: projectIds, roles: roles}) AS donors
RETURN size(donors) AS total,
       [row IN donors[$skip..$skip + $limit] | {
         donor: {id: row.d.id, name: row.d.name, acronym: row.d.acronym, kind: row.d.kind,
                 label: [l IN labels(row.d) WHERE l <> 'Actor'][0]},
         projects: row.projects, projectIds: row.projectIds, roles: row.roles
       }] AS donors
