// The actors with these ids: name, kind, label and the country or region they are based in.
:param ids => ['cepol', 'de-giz']
MATCH (n:Actor) WHERE n.id IN $ids
OPTIONAL MATCH (n)-[:BASED_IN]->(place)
RETURN n {.id, .name, .acronym, .kind, label: [l IN labels(n) WHERE l <> 'Actor'][0], country: place.id} AS actor
ORDER BY n.id
