// Who or what goes by this name? Actors, projects, events, policies… by name, acronym, alias or local name,
// ignoring case and diacritics ("Mugosa" finds "Mugoša"), best match first. $query is a Lucene query
// (the API builds it from plain words: each word, or a word it starts).
// A common word matches tens of thousands of names ("synthetic project": 30,000 at SF 10), and reading,
// counting and sorting them all cost 45 ms. So only the best $window matches are ranked, as a search engine
// does: Lucene hands over its top $window + 1 by score (all hits when $labels filters, since the index cannot),
// ties are then ordered by name, and `more` says that matches beyond the counted `total` exist. Only the
// page's hits are looked up and projected.
:param query => 'mugosa OR mugosa*'
:param labels => null
:param window => 1000
:param skip => 0
:param limit => 10
CALL db.index.fulltext.queryNodes('names', $query, {limit: CASE WHEN $labels IS NULL THEN $window + 1 END})
  YIELD node, score
WITH node, score, [l IN labels(node) WHERE l <> 'Actor'][0] AS label
WHERE $labels IS NULL OR label IN $labels
WITH node, score, label
LIMIT $window + 1
WITH node, score, label
ORDER BY score DESC, node.name
WITH collect({node: node, score: score, label: label}) AS matches
WITH matches[..$window] AS ranked, size(matches) > $window AS more
CALL (ranked) {
  UNWIND ranked[$skip..$skip + $limit] AS hit
  WITH hit.node AS node, hit.score AS score, hit.label AS label
  OPTIONAL MATCH (node)-[:BASED_IN|HELD_IN|OCCURRED_IN]->(place:Country|Region)
  WITH node, score, label, collect(place.id)[0] AS place
  ORDER BY score DESC, node.name
  RETURN collect(node {.id, .name, .acronym, label: label, kind: coalesce(node.kind, node.type),
                       names: node.names, country: place, score: score}) AS hits
}
RETURN size(ranked) AS total, more, hits
