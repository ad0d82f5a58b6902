// What changed in a period? Everything dated that starts or happens in it — events, incidents, projects that
// start, policy documents whose validity starts, publications — oldest first, with the countries involved.
:param from => '2022-01-01'
:param to => '2022-12-31'
WITH date($from) AS from, date($to) AS to
CALL (from, to) {
  MATCH (e:Event) WHERE e.dateStart >= from AND e.dateStart <= to
  RETURN e AS item, 'event' AS what, e.date AS when, e.dateStart AS start, [(e)-[:HELD_IN]->(c) | c.id] AS countries
  UNION
  MATCH (i:Incident) WHERE i.dateStart >= from AND i.dateStart <= to
  RETURN i AS item, 'incident' AS what, i.date AS when, i.dateStart AS start, [(i)-[:OCCURRED_IN]->(c) | c.id] AS countries
  UNION
  MATCH (p:Project) WHERE p.periodStart >= from AND p.periodStart <= to
  RETURN p AS item, 'project starts' AS what, p.period AS when, p.periodStart AS start, [(p)-[:BENEFITS]->(c:Country) | c.id] AS countries
  UNION
  MATCH (d:PolicyDocument) WHERE d.validityStart >= from AND d.validityStart <= to
  RETURN d AS item, 'policy takes effect' AS what, d.validity AS when, d.validityStart AS start, [(d)-[:COVERS]->(c) | c.id] AS countries
  UNION
  MATCH (u:Publication) WHERE u.dateStart >= from AND u.dateStart <= to
  RETURN u AS item, 'publication' AS what, u.date AS when, u.dateStart AS start, [(u)-[:ABOUT]->(c:Country) | c.id] AS countries
}
RETURN start, when, what, item.id AS id, item.name AS name, countries
ORDER BY start, id
