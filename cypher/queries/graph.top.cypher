// The whole actor-level graph from the stored aggregates, strongest edges first. $types null: all.
MATCH (s:Actor)-[r:CALLS_FOR_CEASEFIRE|CALLS_FOR_TALKS|OFFERS_MEDIATION|MEDIATES|TALKS_WITH|SUPPORTS|PRAISES|AGREES_WITH|PROVIDES_AID|DECLARES_CEASEFIRE|EXPRESSES_CONCERN|DENIES|DEMANDS|REJECTS|WARNS|CONDEMNS|ACCUSES|THREATENS|SANCTIONS|ATTACKS]->(t:Actor)
WHERE r.assertedCount >= $minEvidence AND ($types IS NULL OR type(r) IN $types) AND s <> t
WITH r, s, t
ORDER BY r.assertedCount DESC
LIMIT $limit
RETURN s.id AS source, type(r) AS type, t.id AS target, r.assertedCount AS evidenceCount,
  r.sourceCount AS sourceCount, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen, r.maxConfidence AS maxConfidence
