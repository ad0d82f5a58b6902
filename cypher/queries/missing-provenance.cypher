// Is anything unsourced? Nodes and relationships without a source or with fewer quotes than sources. The
// curated data is validated before loading, so this should return nothing; run it after imports or hand edits.
CALL () {
  MATCH (n) WHERE NOT n:Dataset AND (n.sources IS NULL OR size(n.sources) = 0 OR size(coalesce(n.quotes, [])) < size(n.sources))
    AND NOT n:Source
  RETURN 'node' AS what, labels(n) AS kind, n.id AS id
  UNION ALL
  MATCH ()-[r]->() WHERE r.sources IS NULL OR size(r.sources) = 0 OR size(coalesce(r.quotes, [])) < size(r.sources)
  RETURN 'relationship' AS what, [type(r)] AS kind, startNode(r).id + '->' + endNode(r).id AS id
}
RETURN what, kind, id
ORDER BY what, id
