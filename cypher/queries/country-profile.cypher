// A country's landscape: memberships; agencies and groups based there, by kind; people in roles there; policy
// documents that cover it or that it (or one of its bodies) adopted, with status and validity; its index
// scores (index and category level; indicators under /scores); incidents; events held there. Projects that
// reach it are in project-reach.cypher.
:param country => 'RS'
MATCH (c:Country {id: $country})
RETURN c {.id, .name, .aliases, .localNames, .capital, .summary, sources: c.sources, quotes: c.quotes} AS country,
       [(c)-[r:MEMBER_OF]->(x)
        | {other: x {.id, .name, .acronym, label: [l IN labels(x) WHERE l <> 'Actor'][0]},
           role: coalesce(r.status, 'member'),
           statement: {from: c.id, type: type(r), to: x.id, role: r.status, sources: r.sources, quotes: r.quotes}}] AS memberships,
       [(c)<-[r:BASED_IN]-(x:Organisation|Group)
        | {other: x {.id, .name, .acronym, .kind, label: [l IN labels(x) WHERE l <> 'Actor'][0], period: x.established},
           role: coalesce(x.status, 'active'),
           statement: {from: x.id, type: type(r), to: c.id, sources: r.sources, quotes: r.quotes}}] AS agencies,
       [(c)<-[:BASED_IN]-(o:Organisation)<-[r:HOLDS_ROLE]-(p:Person)
        | {other: p {.id, .name, label: 'Person', kind: o.id, period: r.asOf},
           role: r.title,
           statement: {from: p.id, type: type(r), to: o.id, role: r.title, sources: r.sources, quotes: r.quotes}}] AS people,
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
       [(i:Incident)-[:OCCURRED_IN]->(c)
        | {other: i {.id, .name, kind: i.type, label: 'Incident', period: i.date},
           role: i.effect,
           statement: {from: i.id, type: 'OCCURRED_IN', to: c.id, sources: i.sources, quotes: i.quotes}}] AS incidents,
       [(e:Event)-[r:HELD_IN]->(c)
        | {other: e {.id, .name, kind: e.type, label: 'Event', period: e.date},
           role: e.city,
           statement: {from: e.id, type: type(r), to: c.id, sources: r.sources, quotes: r.quotes}}] AS events
