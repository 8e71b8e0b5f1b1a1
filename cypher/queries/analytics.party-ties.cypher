// Evidence in a window touching the given actors (the members of one or two parties),
// counted per directed, typed tie after folding to the level.
MATCH (p:Actor)
WHERE p.id IN $memberIds
MATCH (p)<-[:FROM|TO]-(e:Evidence)
WHERE e.publishedAt >= date($from) AND e.publishedAt <= date($to)
  AND ($allTypes OR e.type IN $types)
  AND (NOT $assertedOnly OR (coalesce(e.negated, false) = false AND coalesce(e.future, false) = false))
WITH DISTINCT e
MATCH (e)-[:FROM]->(s:Actor)
MATCH (e)-[:TO]->(t:Actor)
WITH e.type AS type,
     CASE $level WHEN 'country' THEN s.affiliation ELSE s.id END AS source,
     CASE $level WHEN 'country' THEN t.affiliation ELSE t.id END AS target
WHERE source <> target
RETURN source, target, type, count(*) AS evidence
