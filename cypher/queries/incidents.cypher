// Which cyberattacks do the documents report? Incidents by country and date, with their targets and effect.
MATCH (i:Incident)
OPTIONAL MATCH (i)-[:OCCURRED_IN]->(c:Country)
RETURN c.id AS country, i.date AS date, i.id AS id, i.name AS name, i.type AS type,
       [(i)-[:TARGETED]->(t) | t.id] AS targets, i.effect AS effect
ORDER BY country, i.dateStart, id
