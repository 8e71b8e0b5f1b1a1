// How many actors match the kind and affiliation filters of actor.list.
MATCH (a:Actor)
WHERE ($kind IS NULL OR a.kind = $kind) AND ($affiliation IS NULL OR a.affiliation = $affiliation)
RETURN count(a) AS total
