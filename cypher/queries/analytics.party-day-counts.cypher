// Evidence in a window touching the given actors, counted per day and type; with $other
// set, only the evidence between $party and $other (after folding to the level).
MATCH (p:Actor)
WHERE p.id IN $memberIds
MATCH (p)<-[:FROM|TO]-(e:Evidence)
WHERE e.publishedAt >= date($from) AND e.publishedAt <= date($to)
  AND ($allTypes OR e.type IN $types)
  AND (NOT $assertedOnly OR (coalesce(e.negated, false) = false AND coalesce(e.future, false) = false))
WITH DISTINCT e
MATCH (e)-[:FROM]->(s:Actor)
MATCH (e)-[:TO]->(t:Actor)
WITH e,
     CASE $level WHEN 'country' THEN s.affiliation ELSE s.id END AS source,
     CASE $level WHEN 'country' THEN t.affiliation ELSE t.id END AS target
WHERE source <> target
  AND ($other IS NULL OR (source IN [$party, $other] AND target IN [$party, $other]))
RETURN e.publishedAt AS day, e.type AS type, count(*) AS evidence
