// What happened, and when? Events and incidents in a period, oldest first, optionally only those in a country,
// involving an actor (organiser, participant, target) or on a theme (incidents have no themes, so a theme
// keeps events only). Undated items are left out.
:param from => '2022-01-01'
:param to => '2023-12-31'
:param country => null
:param actor => null
:param theme => null
:param skip => 0
:param limit => 50
CALL () {
  MATCH (e:Event) RETURN e AS item, 'event' AS kind
  UNION
  MATCH (i:Incident) RETURN i AS item, 'incident' AS kind
}
WITH item, kind
WHERE item.dateStart IS NOT NULL
  AND ($from IS NULL OR item.dateEnd >= date($from))
  AND ($to IS NULL OR item.dateStart <= date($to))
  AND ($country IS NULL OR EXISTS { (item)-[:HELD_IN|OCCURRED_IN]->(:Country {id: $country}) })
  AND ($actor IS NULL OR EXISTS { (item)-[:ORGANISED|PARTICIPATES_IN|TARGETED]-(:Actor {id: $actor}) })
  AND ($theme IS NULL OR EXISTS { (item)-[:HAS_THEME]->(:Theme {id: $theme}) })
// Sorted and counted first, projected only for the page: at SF 10 projecting all 40,000 events with their actors
// needs more than the whole transaction memory of a 768 MiB heap.
WITH item, kind ORDER BY item.dateStart, item.name
WITH collect({item: item, kind: kind}) AS matched
CALL (matched) {
  UNWIND matched[$skip..$skip + $limit] AS match
  WITH match.item AS item, match.kind AS kind
  ORDER BY item.dateStart, item.name
  RETURN collect({
           id: item.id, kind: kind, name: item.name, type: item.type, date: item.date,
           start: toString(item.dateStart), end: toString(item.dateEnd), city: item.city, effect: item.effect,
           country: [(item)-[:HELD_IN|OCCURRED_IN]->(c:Country) | c.id][0],
           actors: [(item)-[r:ORGANISED|PARTICIPATES_IN|TARGETED]-(a:Actor) | {id: a.id, name: a.name, role: type(r)}],
           themes: [(item)-[:HAS_THEME]->(t:Theme) | t.id],
           sources: item.sources, quotes: item.quotes}) AS items
}
RETURN size(matched) AS total, items
