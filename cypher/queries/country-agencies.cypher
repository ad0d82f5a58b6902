// Who is who in a country? Its bodies and groups by kind — ministries, CERTs, election bodies, police,
// regulators, NGOs… — with their acronyms and the units inside them.
:param country => 'RS'
MATCH (a:Organisation|Group)-[:BASED_IN]->(:Country {id: $country})
RETURN coalesce(a.kind, 'unspecified') AS kind, a.id AS id, a.name AS name, a.acronym AS acronym,
       [(u)-[:PART_OF]->(a) | u.id] AS units
ORDER BY kind, name
