// The relation ids of the mediating ties between the given mediators and the two parties in a
// window (mediator -> party, or either way for symmetric types; self-ties after folding dropped),
// found by walking the parties' members' statements: where analytics.party-evidence starts when
// the evidence columns are stale.
MATCH (p:Actor)
WHERE p.id IN $memberIds
MATCH (p)<-[:FROM|TO]-(e:Evidence)
WHERE e.publishedAt >= date($from) AND e.publishedAt <= date($to)
  AND e.type IN $types
  AND (NOT $assertedOnly OR (coalesce(e.negated, false) = false AND coalesce(e.future, false) = false))
WITH DISTINCT e
MATCH (e)-[:FROM]->(s:Actor)
MATCH (e)-[:TO]->(t:Actor)
WITH e,
     CASE $level WHEN 'country' THEN s.affiliation ELSE s.id END AS source,
     CASE $level WHEN 'country' THEN t.affiliation ELSE t.id END AS target
WHERE source <> target
  AND ((source IN $mediators AND target IN $parties)
    OR (e.type IN $symmetricTypes AND source IN $parties AND target IN $mediators))
RETURN DISTINCT e.relationId AS relationId
