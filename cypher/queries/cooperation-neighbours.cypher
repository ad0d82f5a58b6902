// Who are this actor's partners, by id? The same rules as partners.cypher, without weights or evidence: the
// network view grows hop by hop from these, one actor at a time, and stops as soon as it holds enough nodes.
:param id => 'cepol'
MATCH (a:Actor {id: $id})
CALL (a) {
  MATCH (a)-[:FUNDS|IMPLEMENTS|OVERSEES|MANAGES|PARTY_TO|SUPPORTS|BENEFITS|ORGANISED|PARTICIPATES_IN|RESPONSIBLE_FOR|ENDORSED|PUBLISHED|AUTHORED]-(:Project|Event|Initiative|Publication)
        -[:FUNDS|IMPLEMENTS|OVERSEES|MANAGES|PARTY_TO|SUPPORTS|BENEFITS|ORGANISED|PARTICIPATES_IN|RESPONSIBLE_FOR|ENDORSED|PUBLISHED|AUTHORED]-(b:Actor)
  RETURN b
  UNION
  MATCH (a)-[:FUNDS|IMPLEMENTS|OVERSEES|MANAGES|PARTY_TO|SUPPORTS|BENEFITS|ORGANISED|PARTICIPATES_IN|RESPONSIBLE_FOR|ENDORSED|PUBLISHED|AUTHORED]-(:Project|Event|Initiative|Publication)
        -[:ORGANISED|PART_OF]-(:Project|Event|Initiative|Publication)
        -[:FUNDS|IMPLEMENTS|OVERSEES|MANAGES|PARTY_TO|SUPPORTS|BENEFITS|ORGANISED|PARTICIPATES_IN|RESPONSIBLE_FOR|ENDORSED|PUBLISHED|AUTHORED]-(b:Actor)
  RETURN b
  UNION
  MATCH (a)-[:PARTNERS_WITH]-(b:Actor)
  RETURN b
}
WITH a, b
WHERE b <> a
RETURN b.id AS id
ORDER BY id
