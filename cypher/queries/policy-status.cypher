// Which strategies, action plans and laws are in force, expired, in draft or in preparation? Policy documents by
// country with their status, validity and who adopted them.
MATCH (d:PolicyDocument)
OPTIONAL MATCH (d)-[:COVERS]->(j)
WITH d, collect(j.id) AS jurisdictions
RETURN jurisdictions, d.type AS type, d.id AS id, d.name AS name, d.status AS status, d.validity AS validity,
       [(a)-[:ADOPTED]->(d) | a.id] AS adoptedBy
ORDER BY jurisdictions, type, name
