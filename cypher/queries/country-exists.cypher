// Is there a country with this ISO 3166-1 alpha-2 code (Kosovo: XK)?
:param country => 'XK'
MATCH (c:Country {id: $country})
RETURN c.id AS id
