// The whole graph from the stored aggregates, folded by key, strongest edges first.
MATCH (s:Actor)-[r]->(t:Actor)
WHERE type(r) IN $types AND r.assertedCount > 0
WITH r,
  CASE WHEN $country THEN s.affiliation ELSE s.id END AS sk,
  CASE WHEN $country THEN t.affiliation ELSE t.id END AS tk
WHERE sk <> tk
WITH sk, type(r) AS type, tk,
  sum(r.assertedCount) AS evidenceCount, max(r.sourceCount) AS sourceCount,
  min(r.firstSeen) AS firstSeen, max(r.lastSeen) AS lastSeen, max(r.maxConfidence) AS maxConfidence
WHERE evidenceCount >= $minEvidence
RETURN sk AS source, type, tk AS target, evidenceCount, sourceCount, firstSeen, lastSeen, maxConfidence
ORDER BY evidenceCount DESC, maxConfidence DESC, source, type, target
LIMIT $limit
