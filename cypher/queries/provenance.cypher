// Where does this come from? Every statement between two nodes (optionally of one relationship type): the
// source documents and the quotes that state it.
:param from => 'cepol'
:param to => 'wb-pact'
:param type => null
MATCH (a {id: $from})-[r]-(b {id: $to})
WHERE $type IS NULL OR type(r) = $type
RETURN {from: startNode(r).id, type: type(r), to: endNode(r).id, role: r.role,
        sources: r.sources, quotes: r.quotes} AS statement
ORDER BY statement.type
