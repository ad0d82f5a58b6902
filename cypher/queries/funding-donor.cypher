// What does this donor fund? Each project it funds or co-finances — itself, or through a body that is part of it
// (the European Commission for the EU) — with the amounts as stated, the other funders, the implementers,
// beneficiaries, themes and period.
// The first $items fundings by project name are projected; total counts them all, and beneficiaries and themes
// are those of every project funded (at SF 10 the busiest donor's whole portfolio was 11 MB).
// No row when there is no such actor.
:param id => 'EU'
:param items => 100
MATCH (donor:Actor {id: $id})
CALL (donor) {
  // Two anchored matches: one pattern with "funder = donor OR (funder)-[:PART_OF]->(donor)" read every FUNDS
  // relationship in the graph (200 ms at SF 10, for a donor of two projects).
  CALL (donor) {
    MATCH (donor)-[f:FUNDS]->(p:Project)
    RETURN donor AS funder, f, p
    UNION
    MATCH (donor)<-[:PART_OF]-(funder:Actor)-[f:FUNDS]->(p:Project)
    RETURN funder, f, p
  }
  WITH funder, f, p ORDER BY p.name, p.id
  RETURN collect({funder: funder, f: f, p: p}) AS funded
}
CALL (funded) {
  UNWIND funded AS x
  WITH x.p AS p
  MATCH (p)-[:BENEFITS]->(b)
  WITH DISTINCT b.id AS id ORDER BY id
  RETURN collect(id) AS beneficiaries
}
CALL (funded) {
  UNWIND funded AS x
  WITH x.p AS p
  MATCH (p)-[:HAS_THEME]->(t:Theme)
  WITH DISTINCT t.id AS id ORDER BY id
  RETURN collect(id) AS themes
}
CALL (donor, funded) {
  UNWIND funded[..$items] AS x
  WITH x.funder AS funder, x.f AS f, x.p AS p
  ORDER BY p.name, p.id
  RETURN collect({
           project: p {.id, .name, .acronym, .status, .period, .budgetText, .budgetAmount, .budgetCurrency},
           funding: {from: funder.id, type: 'FUNDS', to: p.id, role: f.role, sources: f.sources, quotes: f.quotes},
           through: CASE WHEN funder = donor THEN null ELSE funder {.id, .name, .acronym, .kind, label: 'Organisation'} END,
           amount: f.amount, currency: f.currency,
           otherFunders: [(x)-[r:FUNDS]->(p) WHERE x <> funder
                          | {actor: x {.id, .name, .acronym, .kind, label: [l IN labels(x) WHERE l <> 'Actor'][0]}, role: r.role}],
           implementers: [(x)-[r:IMPLEMENTS]->(p)
                          | {actor: x {.id, .name, .acronym, .kind, label: [l IN labels(x) WHERE l <> 'Actor'][0]}, role: r.role}],
           beneficiaries: [(p)-[:BENEFITS]->(x) | x {.id, .name, .acronym, .kind, label: [l IN labels(x) WHERE l <> 'Actor'][0]}],
           themes: [(p)-[:HAS_THEME]->(t:Theme) | t.id]}) AS projects
}
RETURN donor {.id, label: [l IN labels(donor) WHERE l <> 'Actor'][0], .name, .acronym, .kind} AS donor,
       size(funded) AS total, projects, beneficiaries, themes
