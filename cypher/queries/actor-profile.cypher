// Who is this actor? Its names, kind and country; its roles in projects, events, initiatives and publications;
// the bodies it belongs to and its units; people in roles; the policies it adopted or is responsible for; the
// incidents that targeted it — every item with the statement (and quotes) behind it.
:param id => 'cepol'
MATCH (a:Actor {id: $id})
OPTIONAL MATCH (a)-[:BASED_IN]->(place)
RETURN a {.id, .name, .acronym, .aliases, .localNames, .kind, .status, .established, .description, .honorific,
          label: [l IN labels(a) WHERE l <> 'Actor'][0], sources: a.sources, quotes: a.quotes,
          country: place {.id, .name}} AS actor,
       [(a)-[r]-(other)
        WHERE type(r) IN ['FUNDS', 'IMPLEMENTS', 'OVERSEES', 'MANAGES', 'PARTY_TO', 'SUPPORTS', 'BENEFITS',
                          'ORGANISED', 'PARTICIPATES_IN', 'RESPONSIBLE_FOR', 'ENDORSED', 'PUBLISHED', 'AUTHORED',
                          'ADOPTED', 'RATIFIED', 'SIGNED', 'PART_OF', 'MEMBER_OF', 'PARTNERS_WITH', 'HOLDS_ROLE',
                          'TARGETED', 'CITES']
        | {other: other {.id, .name, .acronym, label: [l IN labels(other) WHERE l <> 'Actor'][0],
                         kind: coalesce(other.kind, other.type), period: coalesce(other.period, other.date, other.validity)},
           statement: {from: startNode(r).id, type: type(r), to: endNode(r).id, role: coalesce(r.role, r.title),
                       sources: r.sources, quotes: r.quotes}}] AS links
