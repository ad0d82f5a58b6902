// How do these actors cooperate with each other, read from some of them? Every cooperating pair within $ids with
// at least one end in $from, once (source before target by id), with the same weight and contexts as
// cooperation-among.cypher. Each actor of $from is read from its own contexts: the members of each context, and
// the members of the contexts linked to it. So a pair of two actors outside $from is not found, and an actor
// with few contexts costs little even when its partners are hubs; the network view gives the pairs among the
// busiest actors from a kept answer and the rest from here.
:param ids => ['cepol', 'europol', 'EU', 'de-giz', 'cilc']
:param from => ['cepol', 'cilc']
CALL () {
  UNWIND $from AS id
  WITH DISTINCT id
  MATCH (x:Actor {id: id})
  CALL (x) {
    MATCH (x)-[:FUNDS|IMPLEMENTS|OVERSEES|MANAGES|PARTY_TO|SUPPORTS|BENEFITS|ORGANISED|PARTICIPATES_IN|RESPONSIBLE_FOR|ENDORSED|PUBLISHED|AUTHORED]-(c:Project|Event|Initiative|Publication)
          -[:FUNDS|IMPLEMENTS|OVERSEES|MANAGES|PARTY_TO|SUPPORTS|BENEFITS|ORGANISED|PARTICIPATES_IN|RESPONSIBLE_FOR|ENDORSED|PUBLISHED|AUTHORED]-(y:Actor)
    RETURN y, c, null AS via, 'both' AS linked
    UNION
    MATCH (x)-[:FUNDS|IMPLEMENTS|OVERSEES|MANAGES|PARTY_TO|SUPPORTS|BENEFITS|ORGANISED|PARTICIPATES_IN|RESPONSIBLE_FOR|ENDORSED|PUBLISHED|AUTHORED]-(via:Project|Event|Initiative|Publication)
          -[:ORGANISED|PART_OF]-(c:Project|Event|Initiative|Publication)
          -[:FUNDS|IMPLEMENTS|OVERSEES|MANAGES|PARTY_TO|SUPPORTS|BENEFITS|ORGANISED|PARTICIPATES_IN|RESPONSIBLE_FOR|ENDORSED|PUBLISHED|AUTHORED]-(y:Actor)
    RETURN y, c, via, 'x' AS linked
    UNION
    MATCH (x)-[:FUNDS|IMPLEMENTS|OVERSEES|MANAGES|PARTY_TO|SUPPORTS|BENEFITS|ORGANISED|PARTICIPATES_IN|RESPONSIBLE_FOR|ENDORSED|PUBLISHED|AUTHORED]-(c:Project|Event|Initiative|Publication)
          -[:ORGANISED|PART_OF]-(via:Project|Event|Initiative|Publication)
          -[:FUNDS|IMPLEMENTS|OVERSEES|MANAGES|PARTY_TO|SUPPORTS|BENEFITS|ORGANISED|PARTICIPATES_IN|RESPONSIBLE_FOR|ENDORSED|PUBLISHED|AUTHORED]-(y:Actor)
    RETURN y, c, via, 'y' AS linked
  }
  WITH id, y.id AS other, c, via, linked
  // A link through a second context counts from the end that has its role there: when that end is the source.
  WHERE other IN $ids AND other <> id
    AND (linked = 'both' OR linked = 'x' AND id < other OR linked = 'y' AND other < id)
  RETURN CASE WHEN id < other THEN id ELSE other END AS a, CASE WHEN id < other THEN other ELSE id END AS b,
         c, via
  UNION
  UNWIND $from AS id
  MATCH (:Actor {id: id})-[:PARTNERS_WITH]-(partner:Actor)
  WITH id, partner.id AS other
  WHERE other IN $ids AND other <> id
  RETURN CASE WHEN id < other THEN id ELSE other END AS a, CASE WHEN id < other THEN other ELSE id END AS b,
         null AS c, null AS via
}
// UNION keeps each (a, b, via, c) once, also when both ends are in $from, so counting rows counts distinct shared
// contexts (and the partnership).
WITH a, b, c, via
ORDER BY c.id
WITH a, b, count(*) AS weight, collect(c)[..10] + collect(via)[..10] AS shared
RETURN a AS source, b AS target, weight,
       COLLECT { UNWIND shared AS context RETURN DISTINCT context.id AS id ORDER BY id LIMIT 10 } AS contexts
ORDER BY source, target
