// An actor by id: what a reader needs to recognise it.
:param id => 'EU'
MATCH (a:Actor {id: $id})
RETURN a {.id, label: [l IN labels(a) WHERE l <> 'Actor'][0], .name, .acronym, .kind} AS actor
