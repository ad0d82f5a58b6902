// What the hops of found cooperation paths show: their nodes and their statements (with sources and quotes),
// by element id, as cooperation-step.cypher found them.
:param nodes => COLLECT { MATCH (a:Actor) WHERE a.id IN ['de-giz', 'europol'] RETURN elementId(a) }
:param relationships => [(:Actor {id: 'de-giz'})-[r:IMPLEMENTS]->(:Project {id: 'cscwb-ipa-2019'}) | elementId(r)]
CALL () {
  MATCH (n)
  WHERE elementId(n) IN $nodes
  RETURN collect({key: elementId(n),
                  node: n {.id, .name, .acronym, label: [l IN labels(n) WHERE l <> 'Actor'][0]}}) AS nodes
}
CALL () {
  MATCH ()-[r]->()
  WHERE elementId(r) IN $relationships
  RETURN collect({key: elementId(r),
                  statement: {from: startNode(r).id, type: type(r), to: endNode(r).id, role: r.role,
                              sources: r.sources, quotes: r.quotes}}) AS statements
}
RETURN nodes, statements
