// The actors behind keys: actors by id, and (country level) every actor of an affiliation code.
UNWIND $ids AS key
MATCH (a:Actor {id: key})
RETURN a.id AS id, a.affiliation AS affiliation
UNION
UNWIND $codes AS key
MATCH (a:Actor {affiliation: key})
RETURN a.id AS id, a.affiliation AS affiliation
