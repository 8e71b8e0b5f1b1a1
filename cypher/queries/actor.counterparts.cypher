// The actors most often related to this one (asserted statements, either direction).
MATCH (a:Actor {id: $id})-[r]-(b:Actor)
WHERE type(r) IN $types AND b <> a AND r.assertedCount > 0
WITH b, sum(r.assertedCount) AS evidenceCount, collect(DISTINCT type(r)) AS types
RETURN b {.id, .name, .kind, .affiliation} AS actor, evidenceCount, types
ORDER BY evidenceCount DESC, actor.id
LIMIT $limit
