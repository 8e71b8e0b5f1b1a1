// One ring of an actor-level neighbourhood from the stored aggregates: the typed relationships of
// the frontier actors whose other end was not expanded before, strongest first. $types null: all.
UNWIND $frontier AS fid
MATCH (f:Actor {id: fid})-[r]-(:Actor)
WHERE r.assertedCount >= $minEvidence AND ($types IS NULL OR type(r) IN $types)
WITH DISTINCT r
WITH r, startNode(r) AS s, endNode(r) AS t
WHERE s <> t AND (size($done) = 0 OR NOT (s.id IN $done OR t.id IN $done))
WITH r, s, t
ORDER BY r.assertedCount DESC, r.maxConfidence DESC, r.id
LIMIT $limit
RETURN s.id AS source, type(r) AS type, t.id AS target, r.assertedCount AS evidenceCount,
  r.sourceCount AS sourceCount, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen, r.maxConfidence AS maxConfidence
