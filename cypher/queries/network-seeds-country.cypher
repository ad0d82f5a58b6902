// The actors based in a country: where a country's cooperation network starts.
:param country => 'RS'
MATCH (:Country {id: $country})<-[:BASED_IN]-(a:Actor)
RETURN a.id AS id ORDER BY id
