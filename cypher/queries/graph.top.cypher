// The whole actor-level graph from the stored aggregates, strongest edges first. $types null: all.
MATCH (s:Actor)-[r]->(t:Actor)
WHERE r.assertedCount >= $minEvidence AND ($types IS NULL OR type(r) IN $types) AND s <> t
WITH r, s, t
ORDER BY r.assertedCount DESC, r.maxConfidence DESC, r.id
LIMIT $limit
RETURN s.id AS source, type(r) AS type, t.id AS target, r.assertedCount AS evidenceCount,
  r.sourceCount AS sourceCount, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen, r.maxConfidence AS maxConfidence
