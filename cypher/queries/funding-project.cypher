// Who funds, implements and benefits from this project? Funders (co-financing marked), implementers (lead,
// partner), overseers, managers, parties, supporters, beneficiaries, themes, events, period and budget as stated.
:param id => 'cscwb-ipa-2019'
MATCH (p:Project {id: $id})
RETURN p {.id, .name, .acronym, .aliases, .objective, .description, .status, .period, .budgetText, .budgetAmount,
          .budgetCurrency, sources: p.sources, quotes: p.quotes} AS project,
       [(x)-[r:FUNDS|IMPLEMENTS|OVERSEES|MANAGES|PARTY_TO|SUPPORTS]->(p)
        | {actor: x {.id, .name, .acronym, .kind, label: [l IN labels(x) WHERE l <> 'Actor'][0]},
           amount: r.amount, currency: r.currency,
           statement: {from: x.id, type: type(r), to: p.id, role: r.role, sources: r.sources, quotes: r.quotes}}] AS participants,
       [(p)-[r:BENEFITS]->(x)
        | {beneficiary: x {.id, .name, .acronym, .kind, label: [l IN labels(x) WHERE l <> 'Actor'][0]},
           percentage: r.percentage,
           statement: {from: p.id, type: type(r), to: x.id, sources: r.sources, quotes: r.quotes}}] AS beneficiaries,
       [(p)-[r:HAS_THEME]->(t:Theme)
        | {id: t.id, name: t.name, statement: {from: p.id, type: type(r), to: t.id, sources: r.sources, quotes: r.quotes}}] AS themes,
       [(p)-[r:PART_OF]-(x:Project|Initiative|Event)
        | {other: x {.id, .name, label: labels(x)[0], period: coalesce(x.period, x.date)},
           statement: {from: startNode(r).id, type: type(r), to: endNode(r).id, sources: r.sources, quotes: r.quotes}}]
     + [(p)-[r:ORGANISED]->(x:Event)
        | {other: x {.id, .name, label: labels(x)[0], period: x.date},
           statement: {from: p.id, type: type(r), to: x.id, role: r.role, sources: r.sources, quotes: r.quotes}}] AS related
