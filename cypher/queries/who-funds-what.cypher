// Who funds what? Every funding statement: the donor, its role (funder, co-financer), the project, the
// implementers, who benefits (countries, regions, bodies) and the themes — one row per donor and project.
// The first question a program officer asks; the /api/funding endpoints answer it per donor, country, project.
MATCH (donor:Actor)-[f:FUNDS]->(p:Project)
RETURN donor.id AS donor, donor.name AS donorName, f.role AS role, p.id AS project, p.name AS projectName,
       p.budgetText AS budgetAsStated,
       [(i)-[:IMPLEMENTS]->(p) | i.id] AS implementers,
       [(p)-[:BENEFITS]->(b) | b.id] AS beneficiaries,
       [(p)-[:HAS_THEME]->(t:Theme) | t.id] AS themes,
       f.sources AS sources
ORDER BY donor, project
