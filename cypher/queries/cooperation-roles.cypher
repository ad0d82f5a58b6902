// How many roles do these actors have? Their role relationships (funder, implementer, participant, beneficiary…),
// counted as cooperation-hubs.cypher counts them: what reading an actor's pairs costs.
:param ids => ['cepol', 'EU']
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a.id AS id, COUNT { (a)-[:FUNDS|IMPLEMENTS|OVERSEES|MANAGES|PARTY_TO|SUPPORTS|BENEFITS|ORGANISED|PARTICIPATES_IN|RESPONSIBLE_FOR|ENDORSED|PUBLISHED|AUTHORED]-() } AS roles
