// One ring of a country-level neighbourhood from the stored aggregates: the typed relationships of
// the frontier actors whose other end was not expanded before, folded by affiliation code,
// self-loops dropped, strongest first.
// The 20 ontology ids (a test keeps them in step): evidence links and REPRESENTS are never walked.
UNWIND $frontier AS fid
MATCH (f:Actor {id: fid})-[r:CALLS_FOR_CEASEFIRE|CALLS_FOR_TALKS|OFFERS_MEDIATION|MEDIATES|TALKS_WITH|SUPPORTS|PRAISES|AGREES_WITH|PROVIDES_AID|DECLARES_CEASEFIRE|EXPRESSES_CONCERN|DENIES|DEMANDS|REJECTS|WARNS|CONDEMNS|ACCUSES|THREATENS|SANCTIONS|ATTACKS]-(:Actor)
WHERE r.assertedCount > 0 AND ($types IS NULL OR type(r) IN $types)
WITH DISTINCT r
WITH r, startNode(r) AS s, endNode(r) AS t
WITH r, s.affiliation AS sk, t.affiliation AS tk
WHERE sk <> tk AND NOT sk IN $done AND NOT tk IN $done
WITH sk, type(r) AS type, tk,
  sum(r.assertedCount) AS evidenceCount, max(r.sourceCount) AS sourceCount,
  min(r.firstSeen) AS firstSeen, max(r.lastSeen) AS lastSeen, max(r.maxConfidence) AS maxConfidence
WHERE evidenceCount >= $minEvidence
RETURN sk AS source, type, tk AS target, evidenceCount, sourceCount, firstSeen, lastSeen, maxConfidence
ORDER BY evidenceCount DESC, maxConfidence DESC, source, type, target
LIMIT $limit
