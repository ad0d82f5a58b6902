// Which donors fund the same projects? Pairs of donors that fund or co-finance at least one common project,
// with the projects: where donors already act together, and where coordination matters most.
MATCH (a:Actor)-[:FUNDS]->(p:Project)<-[:FUNDS]-(b:Actor)
WHERE a.id < b.id
RETURN a.id AS donor, b.id AS otherDonor, count(p) AS sharedProjects, collect(p.id) AS projects
ORDER BY sharedProjects DESC, donor, otherDonor
