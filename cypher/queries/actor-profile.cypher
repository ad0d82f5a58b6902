// Who is this actor? Its names, kind and country (basedIn: every country or region it is based in, a group of
// several countries' bodies in each; country: the first by id); its roles in projects, events, initiatives and
// publications; the bodies it belongs to and its units; people in roles; the policies it adopted or is
// responsible for; the incidents that targeted it — every item with the statement (and quotes) behind it.
// Links come in groups of one type and direction (and, apart, those to policy documents), latest first; each
// group holds at most $items and says how many it has: at SF 10 the busiest organisation has 50,978 links,
// and its whole profile was 18.7 MB.
:param id => 'cepol'
:param items => 100
MATCH (a:Actor {id: $id})
WITH a, COLLECT { MATCH (a)-[:BASED_IN]->(place) RETURN place {.id, .name} ORDER BY place.id } AS places
RETURN a {.id, .name, .acronym, .aliases, .localNames, .kind, .status, .established, .description, .honorific,
          label: [l IN labels(a) WHERE l <> 'Actor'][0], sources: a.sources, quotes: a.quotes,
          country: places[0], basedIn: places} AS actor,
       COLLECT {
         MATCH (a)-[r]-(other)
         WHERE type(r) IN ['FUNDS', 'IMPLEMENTS', 'OVERSEES', 'MANAGES', 'PARTY_TO', 'SUPPORTS', 'BENEFITS',
                           'ORGANISED', 'PARTICIPATES_IN', 'RESPONSIBLE_FOR', 'ENDORSED', 'PUBLISHED', 'AUTHORED',
                           'ADOPTED', 'RATIFIED', 'SIGNED', 'PART_OF', 'MEMBER_OF', 'PARTNERS_WITH', 'HOLDS_ROLE',
                           'TARGETED', 'CITES']
         WITH r, other, coalesce(other.periodStart, other.dateStart) AS starts
         ORDER BY starts IS NULL, starts DESC, other.name, other.id
         WITH type(r) AS type, startNode(r) = a AS outgoing, other:PolicyDocument AS policy,
              collect({r: r, other: other}) AS links
         RETURN {type: type, outgoing: outgoing, policy: policy, total: size(links), links: [l IN links[..$items] | {
                   other: {id: l.other.id, name: l.other.name, acronym: l.other.acronym,
                           label: [x IN labels(l.other) WHERE x <> 'Actor'][0], kind: coalesce(l.other.kind, l.other.type),
                           period: coalesce(l.other.period, l.other.date, l.other.validity)},
                   statement: {from: startNode(l.r).id, type: type(l.r), to: endNode(l.r).id,
                               role: coalesce(l.r.role, l.r.title), sources: l.r.sources, quotes: l.r.quotes}}]}
       } AS links
