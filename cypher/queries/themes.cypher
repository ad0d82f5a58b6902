// What is done on each theme? Per theme of the vocabulary: the projects, events, initiatives, policy documents
// and publications linked to it — and the themes nothing is linked to. (Index indicators map to themes too, as needs:
// see needs-response.cypher.)
MATCH (t:Theme)
OPTIONAL MATCH (x:Project|Event|Initiative|PolicyDocument|Publication)-[:HAS_THEME]->(t)
WITH t, [l IN labels(x) WHERE l <> 'Actor'][0] AS label, collect(x.id) AS ids
WITH t, collect(CASE WHEN label IS NULL THEN null ELSE {label: label, ids: ids} END) AS linked
RETURN t.id AS theme, t.name AS name, reduce(n = 0, l IN linked | n + size(l.ids)) AS items, linked
ORDER BY items DESC, theme
