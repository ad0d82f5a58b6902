// What do two actors do together? The projects, events, initiatives and publications both have a role in, with
// each side's role and the period: the evidence behind one cooperation edge.
:param a => 'cepol'
:param b => 'europol'
MATCH (a:Actor {id: $a})-[ra:FUNDS|IMPLEMENTS|OVERSEES|MANAGES|PARTY_TO|SUPPORTS|BENEFITS|ORGANISED|PARTICIPATES_IN|RESPONSIBLE_FOR|ENDORSED|PUBLISHED|AUTHORED]-(c:Project|Event|Initiative|Publication)
      -[rb:FUNDS|IMPLEMENTS|OVERSEES|MANAGES|PARTY_TO|SUPPORTS|BENEFITS|ORGANISED|PARTICIPATES_IN|RESPONSIBLE_FOR|ENDORSED|PUBLISHED|AUTHORED]-(b:Actor {id: $b})
RETURN c.id AS context, labels(c)[0] AS kind, coalesce(c.period, c.date) AS period,
       type(ra) + coalesce(' (' + ra.role + ')', '') AS roleOfA, type(rb) + coalesce(' (' + rb.role + ')', '') AS roleOfB,
       ra.quotes + rb.quotes AS quotes
ORDER BY context, roleOfA, roleOfB
