// The documents the graph is curated from, and how many nodes and relationships each one states.
MATCH (s:Source)
RETURN s {.id, .title, .kind, .publisher, .author, .published, .file, .description,
          nodes: COUNT { MATCH (n) WHERE s.id IN n.sources },
          relationships: COUNT { MATCH ()-[r]->() WHERE s.id IN r.sources }} AS source
ORDER BY source.id
