// Who or what goes by this name? Actors, projects, events, policies… by name, acronym, alias or local name,
// ignoring case and diacritics ("Mugosa" finds "Mugoša"), best match first. $query is a Lucene query
// (the API builds it from plain words: each word, or a word it starts). Hits are ranked first and only the
// page's are looked up and projected: a common word matches thousands of names.
:param query => 'mugosa OR mugosa*'
:param labels => null
:param skip => 0
:param limit => 10
CALL db.index.fulltext.queryNodes('names', $query) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l <> 'Actor'][0] AS label
WHERE $labels IS NULL OR label IN $labels
WITH node, score, label
ORDER BY score DESC, node.name
WITH collect({node: node, score: score, label: label}) AS ranked
CALL (ranked) {
  UNWIND ranked[$skip..$skip + $limit] AS hit
  WITH hit.node AS node, hit.score AS score, hit.label AS label
  OPTIONAL MATCH (node)-[:BASED_IN|HELD_IN|OCCURRED_IN]->(place:Country|Region)
  WITH node, score, label, collect(place.id)[0] AS place
  ORDER BY score DESC, node.name
  RETURN collect(node {.id, .name, .acronym, label: label, kind: coalesce(node.kind, node.type),
                       names: node.names, country: place, score: score}) AS hits
}
RETURN size(ranked) AS total, hits
