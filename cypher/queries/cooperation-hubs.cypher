// Which actors have the most roles? The $n with the most role relationships (funder, implementer, participant,
// beneficiary…), most first. The network view keeps the pairs among them (cooperation-among.cypher) until the
// graph changes, and reads every other pair from the other end (cooperation-among-from.cypher).
:param n => 5
MATCH (a:Actor)
WITH a, COUNT { (a)-[:FUNDS|IMPLEMENTS|OVERSEES|MANAGES|PARTY_TO|SUPPORTS|BENEFITS|ORGANISED|PARTICIPATES_IN|RESPONSIBLE_FOR|ENDORSED|PUBLISHED|AUTHORED]-() } AS roles
WHERE roles > 0
ORDER BY roles DESC, a.id
LIMIT $n
RETURN a.id AS id, roles
