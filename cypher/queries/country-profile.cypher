// A country's landscape: memberships; agencies and groups based there, by kind; people in roles there; policy
// documents that cover it or that it (or one of its bodies) adopted, with status and validity; its index
// scores (index and category level; indicators under /scores); incidents; events held there. Projects that
// reach it are in project-reach.cypher.
// The lists that grow with the work recorded (agencies of each kind, people, incidents, events) hold at most
// $items each, and totals says how many there are: at SF 10 Serbia has 10,644 agencies and 6,577 events, and
// the whole landscape was 17.8 MB. Agencies and people by name, incidents and events latest first. They are
// sorted in CALL subqueries of their own, agencies last: a row held for a sort carries the lists built before it,
// and is counted in transaction memory with them (inside the RETURN, 100 events held for sorting counted 427 MB).
:param country => 'RS'
:param items => 100
MATCH (c:Country {id: $country})
CALL (c) {
  MATCH (c)<-[:BASED_IN]-(o:Organisation)<-[r:HOLDS_ROLE]-(p:Person)
  WITH o, r, p ORDER BY p.name, p.id, o.id LIMIT $items
  RETURN collect({other: p {.id, .name, label: 'Person', kind: o.id, period: r.asOf},
                  role: r.title,
                  statement: {from: p.id, type: type(r), to: o.id, role: r.title, sources: r.sources, quotes: r.quotes}}) AS people
}
CALL (c) {
  MATCH (i:Incident)-[:OCCURRED_IN]->(c)
  WITH i ORDER BY i.dateStart IS NULL, i.dateStart DESC, i.name, i.id LIMIT $items
  RETURN collect({other: i {.id, .name, kind: i.type, label: 'Incident', period: i.date},
                  role: i.effect,
                  statement: {from: i.id, type: 'OCCURRED_IN', to: c.id, sources: i.sources, quotes: i.quotes}}) AS incidents
}
CALL (c) {
  MATCH (e:Event)-[r:HELD_IN]->(c)
  WITH e, r ORDER BY e.dateStart IS NULL, e.dateStart DESC, e.name, e.id LIMIT $items
  RETURN collect({other: e {.id, .name, kind: e.type, label: 'Event', period: e.date},
                  role: e.city,
                  statement: {from: e.id, type: type(r), to: c.id, sources: r.sources, quotes: r.quotes}}) AS events
}
CALL (c) {
  MATCH (c)<-[r:BASED_IN]-(x:Organisation|Group)
  WITH coalesce(x.kind, 'unspecified') AS kind, x, r
  ORDER BY x.name, x.id
  WITH kind, collect({x: x, r: r}) AS bodies
  RETURN collect({kind: kind, total: size(bodies), bodies: [b IN bodies[..$items] | {
           other: {id: b.x.id, name: b.x.name, acronym: b.x.acronym, kind: b.x.kind,
                   label: [l IN labels(b.x) WHERE l <> 'Actor'][0], period: b.x.established},
           role: coalesce(b.x.status, 'active'),
           statement: {from: b.x.id, type: type(b.r), to: c.id, sources: b.r.sources, quotes: b.r.quotes}}]}) AS agencies
}
RETURN c {.id, .name, .aliases, .localNames, .capital, .summary, sources: c.sources, quotes: c.quotes} AS country,
       [(c)-[r:MEMBER_OF]->(x)
        | {other: x {.id, .name, .acronym, label: [l IN labels(x) WHERE l <> 'Actor'][0]},
           role: coalesce(r.status, 'member'),
           statement: {from: c.id, type: type(r), to: x.id, role: r.status, sources: r.sources, quotes: r.quotes}}] AS memberships,
       agencies,
       people,
       [(d:PolicyDocument)-[r:COVERS]->(c)
        | {document: d {.id, .name, .acronym, .type, .status, .validity, .reference},
           statement: {from: d.id, type: type(r), to: c.id, sources: r.sources, quotes: r.quotes}}]
     + [(c)-[r:ADOPTED|RATIFIED|SIGNED]->(d:PolicyDocument)
        | {document: d {.id, .name, .acronym, .type, .status, .validity, .reference},
           statement: {from: c.id, type: type(r), to: d.id, role: r.date, sources: r.sources, quotes: r.quotes}}]
     + [(c)<-[:BASED_IN]-(o:Organisation)-[r:ADOPTED|RESPONSIBLE_FOR]->(d:PolicyDocument)
        | {document: d {.id, .name, .acronym, .type, .status, .validity, .reference},
           statement: {from: o.id, type: type(r), to: d.id, role: r.role, sources: r.sources, quotes: r.quotes}}] AS policies,
       [(c)-[:HAS_SCORE]->(s:Score)-[:FOR_INDICATOR]->(i)
        WHERE i:Index OR i.level IN ['index', 'category']
        | {index: coalesce([(i)-[:PART_OF*0..2]->(x:Index) | x.id][0], i.id),
           indicator: i.id, code: i.code, name: i.name, level: coalesce(i.level, 'index'),
           year: s.year, value: s.value, max: s.max, percent: s.percent, rank: s.rank, available: s.available,
           sources: s.sources, quotes: s.quotes}] AS scores,
       incidents,
       events,
       {people: COUNT { (c)<-[:BASED_IN]-(:Organisation)<-[:HOLDS_ROLE]-(:Person) },
        incidents: COUNT { (:Incident)-[:OCCURRED_IN]->(c) },
        events: COUNT { (:Event)-[:HELD_IN]->(c) }} AS totals
