// How do these actors cooperate with each other? Every cooperating pair within $ids, once (source before
// target by id), with its weight counted from the source as partners.cypher counts it: distinct shared contexts
// (a linked pair counts once) + 1 for a stated partnership. contexts: at most ten of the contexts they share,
// sorted, taken from the first shared contexts by id; weight counts them all. This is what the network view draws.
// Each actor's own contexts are read once and grouped by context, so a hub in the set costs its contexts once,
// not once per partner: pairs of hubs share thousands of contexts.
:param ids => ['cepol', 'europol', 'EU', 'de-giz', 'cilc']
CALL () {
  UNWIND $ids AS id
  WITH DISTINCT id
  MATCH (x:Actor {id: id})
  CALL (x) {
    MATCH (x)-[:FUNDS|IMPLEMENTS|OVERSEES|MANAGES|PARTY_TO|SUPPORTS|BENEFITS|ORGANISED|PARTICIPATES_IN|RESPONSIBLE_FOR|ENDORSED|PUBLISHED|AUTHORED]-(c:Project|Event|Initiative|Publication)
    RETURN c, null AS via
    UNION
    MATCH (x)-[:FUNDS|IMPLEMENTS|OVERSEES|MANAGES|PARTY_TO|SUPPORTS|BENEFITS|ORGANISED|PARTICIPATES_IN|RESPONSIBLE_FOR|ENDORSED|PUBLISHED|AUTHORED]-(via:Project|Event|Initiative|Publication)
          -[:ORGANISED|PART_OF]-(c:Project|Event|Initiative|Publication)
    RETURN c, via
  }
  // direct: the set's actors with a role in c; linked: [actor, via] for those with a role in a context linked
  // to c. A pair is an actor of either list (the source) with one of direct (the target).
  WITH c, collect(CASE WHEN via IS NULL THEN id END) AS direct,
       collect(CASE WHEN via IS NOT NULL THEN [id, via] END) AS linked
  WHERE direct <> [] AND size(direct) + size(linked) > 1
  WITH c, direct, linked
  ORDER BY c.id
  UNWIND [d IN direct | [d, null]] + linked AS link
  UNWIND direct AS b
  WITH link[0] AS a, b, link[1] AS via, c
  WHERE a < b
  RETURN a, b, c, via
  UNION ALL
  UNWIND $ids AS id
  MATCH (:Actor {id: id})-[:PARTNERS_WITH]-(other:Actor)
  WITH id AS a, other.id AS b
  WHERE b IN $ids AND a < b
  RETURN a, b, null AS c, null AS via
}
// Each (a, b, via, c) comes once, so counting rows counts distinct shared contexts.
WITH a, b, count(c) + CASE WHEN count(*) > count(c) THEN 1 ELSE 0 END AS weight,
     collect(c)[..10] + collect(via)[..10] AS shared
RETURN a AS source, b AS target, weight,
       COLLECT { UNWIND shared AS context RETURN DISTINCT context.id AS id ORDER BY id LIMIT 10 } AS contexts
ORDER BY source, target
