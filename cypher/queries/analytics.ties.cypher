// Evidence in a window counted per directed, typed tie between graph nodes: actor ids at
// level "actor", affiliation codes at level "country" (self-ties dropped after folding).
MATCH (e:Evidence)
WHERE e.publishedAt >= date($from) AND e.publishedAt <= date($to)
  AND ($allTypes OR e.type IN $types)
  AND (NOT $assertedOnly OR (coalesce(e.negated, false) = false AND coalesce(e.future, false) = false))
MATCH (e)-[:FROM]->(s:Actor)
MATCH (e)-[:TO]->(t:Actor)
WITH CASE $level WHEN 'country' THEN s.affiliation ELSE s.id END AS source,
     CASE $level WHEN 'country' THEN t.affiliation ELSE t.id END AS target,
     e.type AS type
WHERE source <> target
RETURN source, target, type, count(*) AS evidence
