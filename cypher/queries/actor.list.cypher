// Actors by asserted evidence count, most active first.
MATCH (a:Actor)
WHERE ($kind IS NULL OR a.kind = $kind) AND ($affiliation IS NULL OR a.affiliation = $affiliation)
CALL (a) {
  OPTIONAL MATCH (a)-[r:CALLS_FOR_CEASEFIRE|CALLS_FOR_TALKS|OFFERS_MEDIATION|MEDIATES|TALKS_WITH|SUPPORTS|PRAISES|AGREES_WITH|PROVIDES_AID|DECLARES_CEASEFIRE|EXPRESSES_CONCERN|DENIES|DEMANDS|REJECTS|WARNS|CONDEMNS|ACCUSES|THREATENS|SANCTIONS|ATTACKS]-(:Actor)
  WHERE type(r) IN $types AND r.assertedCount > 0
  RETURN count(r) AS relationCount, coalesce(sum(r.assertedCount), 0) AS evidenceCount
}
RETURN a {.id, .name, .kind, .affiliation, .role, .aliases} AS actor, relationCount, evidenceCount
ORDER BY evidenceCount DESC, actor.id
SKIP $offset LIMIT $limit
