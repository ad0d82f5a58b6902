// Where is a country weakest on the NCSI? The National Cyber Security Index indicators on which it has the
// lowest share of the points (ties included), with the category each belongs to and the country's score there,
// the criterion it falls short of, and the evidence the index gives.
:param country => 'RS'
MATCH (:Country {id: $country})-[:HAS_SCORE]->(s:Score)-[:FOR_INDICATOR]->(i:Indicator {level: 'indicator'})
      -[:PART_OF]->(category:Indicator)-[:PART_OF]->(:Index {id: 'ncsi'})
WHERE s.max > 0
WITH s, i, category, s.value / s.max AS ratio
WITH collect({s: s, i: i, category: category, ratio: ratio}) AS scores, min(ratio) AS lowest
UNWIND [x IN scores WHERE x.ratio = lowest] AS weakest
WITH weakest.s AS s, weakest.i AS i, weakest.category AS category, weakest.ratio AS ratio
RETURN i.code AS code, i.id AS indicator, i.name AS name, s.value AS value, s.max AS max, ratio,
       category {.id, .code, .name,
                 score: [(:Country {id: $country})-[:HAS_SCORE]->(cs:Score)-[:FOR_INDICATOR]->(category)
                         | cs {.value, .max, .percent}][0]} AS category,
       i.criterion AS criterion, i.acceptedReferences AS acceptedReferences, s.evidenceText AS evidenceText,
       s.sources AS sources, s.quotes AS quotes
ORDER BY [x IN split(code, '.') | toInteger(x)]
