// How many statements back one actor-level relation.
MATCH (e:Evidence {relationId: $id})
RETURN count(e) AS total
