// The member countries of a region (accession candidates not included), with their names.
:param region => 'WB'
MATCH (:Region {id: $region})<-[m:MEMBER_OF]-(c:Country)
WHERE coalesce(m.status, 'member') = 'member'
RETURN c.id AS id, c.name AS name ORDER BY id
