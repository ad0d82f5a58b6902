// Who cooperates with this actor? Its partners, strongest first, each with the evidence: every project, event,
// initiative or publication both have a role in — directly, or through two linked contexts (a project that
// organised an event, an event that is part of a project) — and any partnership stated between them.
// weight = distinct shared contexts (a linked pair counts once) + 1 for a stated partnership.
// $from / $to (ISO dates, or null) keep only contexts whose period overlaps them; contexts without a known
// date are then left out. $kinds (or null) keeps partners of those kinds (organisation kinds, or person,
// group, region).
// The partners are ranked and paged first, and the evidence read only for the page: an actor in thousands of
// contexts has thousands of partners, and their statements and quotes would otherwise all be built to be cut.
// Each partner shows at most $evidence reasons (a stated partnership, then the latest contexts); its weight
// says how many there are.
// No row at all when there is no such actor.
:param id => 'cepol'
:param from => null
:param to => null
:param kinds => null
:param skip => 0
:param limit => 25
:param evidence => 10
MATCH (a:Actor {id: $id})
CALL (a) {
  MATCH (a)-[:FUNDS|IMPLEMENTS|OVERSEES|MANAGES|PARTY_TO|SUPPORTS|BENEFITS|ORGANISED|PARTICIPATES_IN|RESPONSIBLE_FOR|ENDORSED|PUBLISHED|AUTHORED]-(c:Project|Event|Initiative|Publication)
        -[:FUNDS|IMPLEMENTS|OVERSEES|MANAGES|PARTY_TO|SUPPORTS|BENEFITS|ORGANISED|PARTICIPATES_IN|RESPONSIBLE_FOR|ENDORSED|PUBLISHED|AUTHORED]-(b:Actor)
  WHERE b <> a
  RETURN b, c, null AS via
  UNION ALL
  MATCH (a)-[ra:FUNDS|IMPLEMENTS|OVERSEES|MANAGES|PARTY_TO|SUPPORTS|BENEFITS|ORGANISED|PARTICIPATES_IN|RESPONSIBLE_FOR|ENDORSED|PUBLISHED|AUTHORED]-(via:Project|Event|Initiative|Publication)
        -[link:ORGANISED|PART_OF]-(c:Project|Event|Initiative|Publication)
        -[rb:FUNDS|IMPLEMENTS|OVERSEES|MANAGES|PARTY_TO|SUPPORTS|BENEFITS|ORGANISED|PARTICIPATES_IN|RESPONSIBLE_FOR|ENDORSED|PUBLISHED|AUTHORED]-(b:Actor)
  WHERE b <> a
  RETURN b, c, via
  UNION ALL
  MATCH (a)-[:PARTNERS_WITH]-(b:Actor)
  RETURN b, null AS c, null AS via
}
// Dates and kinds are read only when asked for (OR stops at its first true operand): the hub has millions of rows.
WITH b, c, via
WHERE ($from IS NULL AND $to IS NULL
       OR coalesce(c.periodStart, c.dateStart) IS NOT NULL
          AND ($to IS NULL OR coalesce(c.periodStart, c.dateStart) <= date($to))
          AND ($from IS NULL OR coalesce(c.periodEnd, c.dateEnd) >= date($from)))
  AND ($kinds IS NULL OR coalesce(b.kind, toLower([l IN labels(b) WHERE l <> 'Actor'][0])) IN $kinds
       OR toLower([l IN labels(b) WHERE l <> 'Actor'][0]) IN $kinds)
WITH b, count(DISTINCT CASE WHEN c IS NULL THEN 'partnership' ELSE [via, c] END) AS weight
ORDER BY weight DESC, b.name
WITH collect({b: b, weight: weight}) AS ranked
MATCH (a:Actor {id: $id})
CALL (a, ranked) {
  // From a again, as above, keeping the page's partners: bound at both ends, Neo4j would start from the
  // partner, which is often a hub.
  WITH a, [r IN ranked[$skip..$skip + $limit] | r.b] AS page
  CALL (a, page) {
    MATCH (a)-[ra:FUNDS|IMPLEMENTS|OVERSEES|MANAGES|PARTY_TO|SUPPORTS|BENEFITS|ORGANISED|PARTICIPATES_IN|RESPONSIBLE_FOR|ENDORSED|PUBLISHED|AUTHORED]-(c:Project|Event|Initiative|Publication)
          -[rb:FUNDS|IMPLEMENTS|OVERSEES|MANAGES|PARTY_TO|SUPPORTS|BENEFITS|ORGANISED|PARTICIPATES_IN|RESPONSIBLE_FOR|ENDORSED|PUBLISHED|AUTHORED]-(b:Actor)
    WHERE b IN page
    RETURN b, c, null AS via, [ra, rb] AS statements
    UNION
    MATCH (a)-[ra:FUNDS|IMPLEMENTS|OVERSEES|MANAGES|PARTY_TO|SUPPORTS|BENEFITS|ORGANISED|PARTICIPATES_IN|RESPONSIBLE_FOR|ENDORSED|PUBLISHED|AUTHORED]-(via:Project|Event|Initiative|Publication)
          -[link:ORGANISED|PART_OF]-(c:Project|Event|Initiative|Publication)
          -[rb:FUNDS|IMPLEMENTS|OVERSEES|MANAGES|PARTY_TO|SUPPORTS|BENEFITS|ORGANISED|PARTICIPATES_IN|RESPONSIBLE_FOR|ENDORSED|PUBLISHED|AUTHORED]-(b:Actor)
    WHERE b IN page
    RETURN b, c, via, [ra, link, rb] AS statements
    UNION
    MATCH (a)-[p:PARTNERS_WITH]-(b:Actor)
    WHERE b IN page
    RETURN b, null AS c, null AS via, [p] AS statements
  }
  WITH b, c, via, statements, coalesce(c.periodStart, c.dateStart) AS starts, coalesce(c.periodEnd, c.dateEnd) AS ends
  WHERE $from IS NULL AND $to IS NULL
        OR starts IS NOT NULL AND ($to IS NULL OR starts <= date($to)) AND ($from IS NULL OR ends >= date($from))
  // A stated partnership first, then the latest contexts; only $evidence of them are built into the answer.
  ORDER BY c IS NULL DESC, starts IS NULL, starts DESC, c.id, via.id
  WITH b, collect({c: c, via: via, statements: statements})[..$evidence] AS kept
  RETURN collect({b: b, evidence: [e IN kept | {
           context: CASE WHEN e.c IS NULL THEN null
                    ELSE {id: e.c.id, name: e.c.name, label: labels(e.c)[0], period: coalesce(e.c.period, e.c.date)} END,
           via: CASE WHEN e.via IS NULL THEN null
                ELSE {id: e.via.id, name: e.via.name, label: labels(e.via)[0], period: coalesce(e.via.period, e.via.date)} END,
           statements: [r IN e.statements | {from: startNode(r).id, type: type(r), to: endNode(r).id, role: r.role,
                                             sources: r.sources, quotes: r.quotes}]
         }]}) AS found
}
// Where the page's partners are based: the first place by id, for a group of several countries' bodies.
CALL (ranked) {
  UNWIND ranked[$skip..$skip + $limit] AS r
  WITH r.b AS b
  OPTIONAL MATCH (b)-[:BASED_IN]->(place)
  WITH b, place
  ORDER BY place.id
  RETURN collect({b: b, place: place}) AS placed
}
RETURN size(ranked) AS total,
       [r IN ranked[$skip..$skip + $limit] | {
         partner: {id: r.b.id, name: r.b.name, acronym: r.b.acronym, kind: r.b.kind,
                   label: [l IN labels(r.b) WHERE l <> 'Actor'][0],
                   country: [p IN placed WHERE p.b = r.b AND p.place IS NOT NULL | {id: p.place.id, name: p.place.name}][0]},
         weight: r.weight,
         evidence: [f IN found WHERE f.b = r.b | f.evidence][0]
       }] AS partners
