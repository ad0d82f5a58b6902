// The two actors a cooperation path search starts from, by element id, with how many relationships each has;
// no row when either is not an actor.
:param from => 'de-giz'
:param to => 'europol'
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
RETURN elementId(a) AS from, elementId(b) AS to, COUNT { (a)--() } AS fromDegree, COUNT { (b)--() } AS toDegree
