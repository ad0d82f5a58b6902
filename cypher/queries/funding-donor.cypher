// What does this donor fund? Each project it funds or co-finances — itself, or through a body that is part of it
// (the European Commission for the EU) — with the amounts as stated, the other funders, the implementers,
// beneficiaries, themes and period.
:param id => 'EU'
MATCH (donor:Actor {id: $id})
MATCH (funder:Actor)-[f:FUNDS]->(p:Project)
WHERE funder = donor OR (funder)-[:PART_OF]->(donor)
RETURN p {.id, .name, .acronym, .status, .period, .budgetText, .budgetAmount, .budgetCurrency} AS project,
       {from: funder.id, type: 'FUNDS', to: p.id, role: f.role, sources: f.sources, quotes: f.quotes} AS funding,
       CASE WHEN funder = donor THEN null ELSE funder {.id, .name, .acronym, .kind, label: 'Organisation'} END AS through,
       f.amount AS amount, f.currency AS currency,
       [(x)-[r:FUNDS]->(p) WHERE x <> funder
        | {actor: x {.id, .name, .acronym, .kind, label: [l IN labels(x) WHERE l <> 'Actor'][0]}, role: r.role}] AS otherFunders,
       [(x)-[r:IMPLEMENTS]->(p)
        | {actor: x {.id, .name, .acronym, .kind, label: [l IN labels(x) WHERE l <> 'Actor'][0]}, role: r.role}] AS implementers,
       [(p)-[:BENEFITS]->(x) | x {.id, .name, .acronym, .kind, label: [l IN labels(x) WHERE l <> 'Actor'][0]}] AS beneficiaries,
       [(p)-[:HAS_THEME]->(t:Theme) | t.id] AS themes
ORDER BY p.name
