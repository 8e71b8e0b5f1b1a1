// One ring of an actor-level neighbourhood from the stored aggregates: the typed relationships of
// the frontier actors whose other end was not expanded before, strongest first. $types null: all.
// The 20 ontology ids (a test keeps them in step): evidence links and REPRESENTS are never walked.
// Only assertedCount is read before the cut, so a hub's relationships are ranked as cheaply as can be.
UNWIND $frontier AS fid
MATCH (f:Actor {id: fid})-[r:CALLS_FOR_CEASEFIRE|CALLS_FOR_TALKS|OFFERS_MEDIATION|MEDIATES|TALKS_WITH|SUPPORTS|PRAISES|AGREES_WITH|PROVIDES_AID|DECLARES_CEASEFIRE|EXPRESSES_CONCERN|DENIES|DEMANDS|REJECTS|WARNS|CONDEMNS|ACCUSES|THREATENS|SANCTIONS|ATTACKS]-(o)
WHERE r.assertedCount >= $minEvidence AND ($types IS NULL OR type(r) IN $types) AND o <> f
  AND (size($done) = 0 OR NOT o.id IN $done)
WITH DISTINCT r
ORDER BY r.assertedCount DESC
LIMIT $limit
RETURN startNode(r).id AS source, type(r) AS type, endNode(r).id AS target, r.assertedCount AS evidenceCount,
  r.sourceCount AS sourceCount, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen, r.maxConfidence AS maxConfidence
