// Without a date window, the typed aggregate relationships already hold the counts:
// assertedCount (not negated, not future) or evidenceCount, folded to the level.
MATCH (s:Actor)-[r]->(t:Actor)
WHERE type(r) IN $types
WITH type(r) AS type,
     CASE $level WHEN 'country' THEN s.affiliation ELSE s.id END AS source,
     CASE $level WHEN 'country' THEN t.affiliation ELSE t.id END AS target,
     CASE WHEN $assertedOnly THEN r.assertedCount ELSE r.evidenceCount END AS evidence
WHERE source <> target AND evidence > 0
RETURN source, target, type, sum(evidence) AS evidence
