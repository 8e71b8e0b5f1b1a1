// Evidence in a window counted per day and type, self-ties at the level dropped.
MATCH (e:Evidence)
WHERE e.publishedAt >= date($from) AND e.publishedAt <= date($to)
  AND ($allTypes OR e.type IN $types)
  AND (NOT $assertedOnly OR (coalesce(e.negated, false) = false AND coalesce(e.future, false) = false))
MATCH (e)-[:FROM]->(s:Actor)
MATCH (e)-[:TO]->(t:Actor)
WITH e,
     CASE $level WHEN 'country' THEN s.affiliation ELSE s.id END AS source,
     CASE $level WHEN 'country' THEN t.affiliation ELSE t.id END AS target
WHERE source <> target
RETURN e.publishedAt AS day, e.type AS type, count(*) AS evidence
