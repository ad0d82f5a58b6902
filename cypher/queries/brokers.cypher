// Who bridges groups that do not otherwise work together? For each actor, the pairs of its partners that do
// not cooperate with each other directly (the "structural holes" it spans): a broker links circles that
// would otherwise be apart. A local measure; /api/brokers computes betweenness over the whole network.
MATCH (a:Actor)-[:FUNDS|IMPLEMENTS|OVERSEES|MANAGES|PARTY_TO|SUPPORTS|BENEFITS|ORGANISED|PARTICIPATES_IN|RESPONSIBLE_FOR|ENDORSED|PUBLISHED|AUTHORED]-(:Project|Event|Initiative|Publication)
      -[:FUNDS|IMPLEMENTS|OVERSEES|MANAGES|PARTY_TO|SUPPORTS|BENEFITS|ORGANISED|PARTICIPATES_IN|RESPONSIBLE_FOR|ENDORSED|PUBLISHED|AUTHORED]-(b:Actor)
WHERE a <> b
WITH a, collect(DISTINCT b) AS partners
WHERE size(partners) > 1
UNWIND partners AS x
UNWIND partners AS y
WITH a, partners, x, y
WHERE x.id < y.id
  AND NOT EXISTS {
    MATCH (x)-[:FUNDS|IMPLEMENTS|OVERSEES|MANAGES|PARTY_TO|SUPPORTS|BENEFITS|ORGANISED|PARTICIPATES_IN|RESPONSIBLE_FOR|ENDORSED|PUBLISHED|AUTHORED]-(:Project|Event|Initiative|Publication)
          -[:FUNDS|IMPLEMENTS|OVERSEES|MANAGES|PARTY_TO|SUPPORTS|BENEFITS|ORGANISED|PARTICIPATES_IN|RESPONSIBLE_FOR|ENDORSED|PUBLISHED|AUTHORED]-(y)
  }
WITH a, size(partners) AS partners, count(*) AS holes
RETURN a.id AS actor, a.name AS name, partners, holes,
       round(toFloat(holes) / (partners * (partners - 1) / 2.0), 2) AS shareOfPairsBridged
ORDER BY holes DESC, actor
LIMIT 15
