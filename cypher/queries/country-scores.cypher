// A country's scores on every index, category and indicator: value and maximum, rank, the criterion, and the
// evidence the index gives for the country, with the documents and bodies that evidence cites. Codes sort as
// numbers (9.2 before 10.1). Set index to null for every index.
:param country => 'RS'
:param index => 'ncsi'
MATCH (:Country {id: $country})-[:HAS_SCORE]->(s:Score)-[:FOR_INDICATOR]->(i)
WITH s, i, coalesce([(i)-[:PART_OF*0..2]->(x:Index) | x.id][0], i.id) AS index
WHERE $index IS NULL OR index = $index
RETURN index, i.id AS indicator, i.code AS code, i.name AS name, coalesce(i.level, 'index') AS level,
       i.criterion AS criterion, s.year AS year, s.value AS value, s.max AS max, s.percent AS percent,
       s.rank AS rank, s.available AS available, s.evidenceText AS evidenceText,
       [(s)-[:CITES]->(x) | x.id] AS cites, s.sources AS sources, s.quotes AS quotes
ORDER BY index, CASE WHEN code IS NULL THEN [] ELSE [x IN split(code, '.') | toInteger(x)] END
