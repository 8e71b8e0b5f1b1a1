// The whole graph at country level from the stored aggregates, folded by affiliation, strongest first.
MATCH (s:Actor)-[r:CALLS_FOR_CEASEFIRE|CALLS_FOR_TALKS|OFFERS_MEDIATION|MEDIATES|TALKS_WITH|SUPPORTS|PRAISES|AGREES_WITH|PROVIDES_AID|DECLARES_CEASEFIRE|EXPRESSES_CONCERN|DENIES|DEMANDS|REJECTS|WARNS|CONDEMNS|ACCUSES|THREATENS|SANCTIONS|ATTACKS]->(t:Actor)
WHERE r.assertedCount > 0 AND ($types IS NULL OR type(r) IN $types)
WITH r, s.affiliation AS sk, t.affiliation AS tk
WHERE sk <> tk
WITH sk, type(r) AS type, tk,
  sum(r.assertedCount) AS evidenceCount, max(r.sourceCount) AS sourceCount,
  min(r.firstSeen) AS firstSeen, max(r.lastSeen) AS lastSeen, max(r.maxConfidence) AS maxConfidence
WHERE evidenceCount >= $minEvidence
RETURN sk AS source, type, tk AS target, evidenceCount, sourceCount, firstSeen, lastSeen, maxConfidence
ORDER BY evidenceCount DESC, maxConfidence DESC, source, type, target
LIMIT $limit
