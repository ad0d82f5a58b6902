// Who implements donor projects? Each implementer with its kind and country, the projects it implements
// (lead or partner where the source says so) and the donors behind those projects.
MATCH (i:Actor)-[r:IMPLEMENTS]->(p:Project)
OPTIONAL MATCH (i)-[:BASED_IN]->(home)
WITH i, home, collect({project: p.id, role: r.role}) AS projects, collect(p) AS ps
RETURN i.id AS implementer, i.name AS name, i.kind AS kind, home.id AS basedIn, projects,
       COLLECT { UNWIND ps AS p MATCH (d:Actor)-[:FUNDS]->(p) RETURN DISTINCT d.id ORDER BY d.id } AS donors
ORDER BY size(projects) DESC, implementer
