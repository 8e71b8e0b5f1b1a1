// The actors most often related to this one (asserted statements, either direction).
MATCH (a:Actor {id: $id})-[r:CALLS_FOR_CEASEFIRE|CALLS_FOR_TALKS|OFFERS_MEDIATION|MEDIATES|TALKS_WITH|SUPPORTS|PRAISES|AGREES_WITH|PROVIDES_AID|DECLARES_CEASEFIRE|EXPRESSES_CONCERN|DENIES|DEMANDS|REJECTS|WARNS|CONDEMNS|ACCUSES|THREATENS|SANCTIONS|ATTACKS]-(b:Actor)
WHERE type(r) IN $types AND b <> a AND r.assertedCount > 0
WITH b, sum(r.assertedCount) AS evidenceCount, collect(DISTINCT type(r)) AS types
RETURN b {.id, .name, .kind, .affiliation} AS actor, evidenceCount, types
ORDER BY evidenceCount DESC, actor.id
LIMIT $limit
