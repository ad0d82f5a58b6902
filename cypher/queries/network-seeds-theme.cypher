// The actors with a role in a project, event, initiative or publication on a theme: where a theme's
// cooperation network starts.
:param theme => 'cybercrime'
MATCH (:Theme {id: $theme})<-[:HAS_THEME]-(c:Project|Event|Initiative|Publication)
      -[:FUNDS|IMPLEMENTS|OVERSEES|MANAGES|PARTY_TO|SUPPORTS|BENEFITS|ORGANISED|PARTICIPATES_IN|RESPONSIBLE_FOR|ENDORSED|PUBLISHED|AUTHORED]-(a:Actor)
RETURN DISTINCT a.id AS id ORDER BY id
