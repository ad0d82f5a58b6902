// How are two actors connected? The shortest chains of stated cooperation between them: actor, context
// (project, event, initiative, publication), actor, … or a stated partnership; contexts may be linked (a project
// that organised an event, an event that is part of a project). Each step is a statement with its quotes.
// $maxHops bounds the number of relationships in a path (at most 8).
// The search runs in a subquery with both ends bound, so that Neo4j searches from both ends at once
// (StatefulShortestPath(Into), bidirectional) rather than outwards from one end through every hub on the way.
// GET /api/paths finds the same paths (PathSearchTest checks it) with cooperation-step.cypher, one step at a
// time on the side with fewer relationships: at 100,000 actors this statement ran for minutes from or to an
// actor with tens of thousands of relationships, the step search answers in well under a second.
:param from => 'de-giz'
:param to => 'europol'
:param maxHops => 6
:param limit => 10
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
CALL (a, b) {
  MATCH p = ALL SHORTEST (a)
        ((x)-[r:FUNDS|IMPLEMENTS|OVERSEES|MANAGES|PARTY_TO|SUPPORTS|BENEFITS|ORGANISED|PARTICIPATES_IN|RESPONSIBLE_FOR|ENDORSED|PUBLISHED|AUTHORED|PART_OF|PARTNERS_WITH]-(y)
         WHERE (y:Actor OR y:Project OR y:Event OR y:Initiative OR y:Publication)
           AND (type(r) <> 'PART_OF' OR NOT x:Actor AND NOT y:Actor)
           AND (type(r) <> 'PARTNERS_WITH' OR x:Actor AND y:Actor)){1,8}
        (b)
  WHERE length(p) <= $maxHops
  RETURN p LIMIT $limit
}
RETURN [n IN nodes(p) | n {.id, .name, .acronym, label: [l IN labels(n) WHERE l <> 'Actor'][0]}] AS nodes,
       [r IN relationships(p) | {from: startNode(r).id, type: type(r), to: endNode(r).id, role: r.role,
                                 sources: r.sources, quotes: r.quotes}] AS statements
