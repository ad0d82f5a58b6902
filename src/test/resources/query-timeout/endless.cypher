// Every ordered triple of nodes: billions of rows on the curated graph, so it runs into any sensible time limit.
MATCH (a), (b), (c)
WHERE a.id < b.id AND b.id < c.id
RETURN count(*) AS triples
