// The cooperation network around a set of actors: every pair (one of $ids, any partner) with its weight and
// the contexts they share. Same rules as partners.cypher, without the statements. With $ids null: the whole
// network, each pair listed from both ends (brokers and communities use it). The network view reads the same
// pairs more cheaply, from cooperation-neighbours and cooperation-among: around a hub this lists every partner.
:param ids => ['cepol', 'de-giz']
MATCH (a:Actor) WHERE $ids IS NULL OR a.id IN $ids
CALL (a) {
  MATCH (a)-[:FUNDS|IMPLEMENTS|OVERSEES|MANAGES|PARTY_TO|SUPPORTS|BENEFITS|ORGANISED|PARTICIPATES_IN|RESPONSIBLE_FOR|ENDORSED|PUBLISHED|AUTHORED]-(c:Project|Event|Initiative|Publication)
        -[:FUNDS|IMPLEMENTS|OVERSEES|MANAGES|PARTY_TO|SUPPORTS|BENEFITS|ORGANISED|PARTICIPATES_IN|RESPONSIBLE_FOR|ENDORSED|PUBLISHED|AUTHORED]-(b:Actor)
  WHERE b <> a
  RETURN b, c, null AS via
  UNION
  MATCH (a)-[:FUNDS|IMPLEMENTS|OVERSEES|MANAGES|PARTY_TO|SUPPORTS|BENEFITS|ORGANISED|PARTICIPATES_IN|RESPONSIBLE_FOR|ENDORSED|PUBLISHED|AUTHORED]-(via:Project|Event|Initiative|Publication)
        -[:ORGANISED|PART_OF]-(c:Project|Event|Initiative|Publication)
        -[:FUNDS|IMPLEMENTS|OVERSEES|MANAGES|PARTY_TO|SUPPORTS|BENEFITS|ORGANISED|PARTICIPATES_IN|RESPONSIBLE_FOR|ENDORSED|PUBLISHED|AUTHORED]-(b:Actor)
  WHERE b <> a
  RETURN b, c, via
  UNION
  MATCH (a)-[:PARTNERS_WITH]-(b:Actor)
  RETURN b, null AS c, null AS via
}
WITH a, b, count(DISTINCT CASE WHEN c IS NULL THEN 'partnership' ELSE [via.id, c.id] END) AS weight,
     collect(DISTINCT c.id) + collect(DISTINCT via.id) AS contexts
RETURN a.id AS source, b.id AS target, weight, reduce(u = [], x IN contexts | CASE WHEN x IN u THEN u ELSE u + x END) AS contexts
ORDER BY source, target
