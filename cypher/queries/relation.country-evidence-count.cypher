// How many statements back a country-level relation.
MATCH (s:Actor {affiliation: $sourceCode})<-[:FROM]-(e:Evidence)-[:TO]->(t:Actor {affiliation: $targetCode})
WHERE e.type = $type
RETURN count(e) AS total
