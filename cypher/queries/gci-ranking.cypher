// How do the Western Balkans rank on ITU's Global Cybersecurity Index? Each country's rank and score for the
// year, or that the index has no score for it.
:param index => 'gci'
MATCH (c:Country)-[:HAS_SCORE]->(s:Score)-[:FOR_INDICATOR]->(:Index {id: $index})
RETURN c.id AS country, c.name AS name, s.year AS year, s.rank AS rank, s.value AS score, s.available AS available
ORDER BY available DESC, rank, country
