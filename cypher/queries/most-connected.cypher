// Who is most connected? Actors by the number of distinct partners they have in the cooperation network
// (a shared role in a project, event, initiative or publication; partners.cypher also counts linked contexts
// and stated partnerships). /api/brokers ranks by betweenness over the full network and adds communities.
MATCH (a:Actor)-[:FUNDS|IMPLEMENTS|OVERSEES|MANAGES|PARTY_TO|SUPPORTS|BENEFITS|ORGANISED|PARTICIPATES_IN|RESPONSIBLE_FOR|ENDORSED|PUBLISHED|AUTHORED]-(c:Project|Event|Initiative|Publication)
      -[:FUNDS|IMPLEMENTS|OVERSEES|MANAGES|PARTY_TO|SUPPORTS|BENEFITS|ORGANISED|PARTICIPATES_IN|RESPONSIBLE_FOR|ENDORSED|PUBLISHED|AUTHORED]-(b:Actor)
WHERE a <> b
WITH a, count(DISTINCT b) AS partners, count(DISTINCT c) AS contexts
RETURN a.id AS actor, a.name AS name, partners, contexts
ORDER BY partners DESC, actor
LIMIT 15
