// Full-text search on name and aliases (index actor_search), filtered, with relation counts.
CALL db.index.fulltext.queryNodes('actor_search', $lucene) YIELD node, score
WHERE ($kind IS NULL OR node.kind = $kind) AND ($affiliation IS NULL OR node.affiliation = $affiliation)
CALL (node) {
  OPTIONAL MATCH (node)-[r:CALLS_FOR_CEASEFIRE|CALLS_FOR_TALKS|OFFERS_MEDIATION|MEDIATES|TALKS_WITH|SUPPORTS|PRAISES|AGREES_WITH|PROVIDES_AID|DECLARES_CEASEFIRE|EXPRESSES_CONCERN|DENIES|DEMANDS|REJECTS|WARNS|CONDEMNS|ACCUSES|THREATENS|SANCTIONS|ATTACKS]-(:Actor)
  WHERE type(r) IN $types AND r.assertedCount > 0
  RETURN count(r) AS relationCount, coalesce(sum(r.assertedCount), 0) AS evidenceCount
}
RETURN node {.id, .name, .kind, .affiliation, .role, .aliases} AS actor, relationCount, evidenceCount, score
ORDER BY score DESC, evidenceCount DESC, actor.id
SKIP $offset LIMIT $limit
