// The two actors a cooperation path search starts from, by element id, with how many relationships each has;
// null for an id that is not an actor's.
:param from => 'de-giz'
:param to => 'europol'
OPTIONAL MATCH (a:Actor {id: $from})
OPTIONAL MATCH (b:Actor {id: $to})
RETURN elementId(a) AS from, elementId(b) AS to, COUNT { (a)--() } AS fromDegree, COUNT { (b)--() } AS toDegree
