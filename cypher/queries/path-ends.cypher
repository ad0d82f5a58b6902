// The two actors a cooperation path search starts from, by element id; no row when either is not an actor.
:param from => 'de-giz'
:param to => 'europol'
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
RETURN elementId(a) AS from, elementId(b) AS to
