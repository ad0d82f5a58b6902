// One step of a cooperation path search, outwards from some nodes (by element id): every neighbour a path may
// go on to, with the relationship taken — an actor's projects, events, initiatives and publications (any role), a
// context's actors, a context linked to it (ORGANISED, or PART_OF between contexts), a stated partner
// (PARTNERS_WITH between actors). GET /api/paths searches from both ends with it, a step at a time on the
// smaller side, each step under the query time limit; cooperation-paths.cypher is the same search in one
// statement, for Browser.
:param frontier => COLLECT { MATCH (a:Actor {id: 'de-giz'}) RETURN elementId(a) }
MATCH (x)
WHERE elementId(x) IN $frontier
MATCH (x)-[r:FUNDS|IMPLEMENTS|OVERSEES|MANAGES|PARTY_TO|SUPPORTS|BENEFITS|ORGANISED|PARTICIPATES_IN|RESPONSIBLE_FOR|ENDORSED|PUBLISHED|AUTHORED|PART_OF|PARTNERS_WITH]-(y:Actor|Project|Event|Initiative|Publication)
WHERE (type(r) <> 'PART_OF' OR NOT x:Actor AND NOT y:Actor)
  AND (type(r) <> 'PARTNERS_WITH' OR x:Actor AND y:Actor)
RETURN elementId(x) AS from, elementId(r) AS via, elementId(y) AS to, COUNT { (y)--() } AS degree
