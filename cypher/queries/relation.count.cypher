// How many relations relation.find matches.
MATCH (s:Actor)-[r]->(t:Actor)
WHERE type(r) IN $types
  AND ($source IS NULL OR s.id = $source) AND ($target IS NULL OR t.id = $target)
  AND ($from IS NULL OR r.lastSeen >= date($from)) AND ($to IS NULL OR r.firstSeen <= date($to))
RETURN count(r) AS total
