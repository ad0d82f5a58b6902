// The actors with these ids: name, kind, label and the country or region they are based in, one row each (an
// actor based in several places, such as a group of two countries' bodies, shows the first by id).
:param ids => ['cepol', 'de-giz', 'al-me-digitalization-data-protection-institutions']
MATCH (n:Actor) WHERE n.id IN $ids
OPTIONAL MATCH (n)-[:BASED_IN]->(place)
WITH n, min(place.id) AS country
RETURN n {.id, .name, .acronym, .kind, label: [l IN labels(n) WHERE l <> 'Actor'][0], country: country} AS actor
ORDER BY n.id
