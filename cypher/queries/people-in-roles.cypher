// Who holds which office? People in roles — title, body, country — as of the date the source states.
MATCH (p:Person)-[r:HOLDS_ROLE]->(o:Organisation)
OPTIONAL MATCH (o)-[:BASED_IN]->(c:Country)
RETURN p.id AS person, p.name AS name, r.title AS title, o.id AS body, c.id AS country, r.asOf AS asOf, r.sources AS sources
ORDER BY country, name
