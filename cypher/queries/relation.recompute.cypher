// Typed actor->actor aggregates recomputed from all of their evidence: created or updated
// while evidence backs them, removed when none is left. $(rel.type) is a dynamic relationship
// type (Neo4j 5.26); the service passes only validated ontology ids.
UNWIND $relations AS rel
MATCH (source:Actor {id: rel.source})
MATCH (target:Actor {id: rel.target})
OPTIONAL MATCH (e:Evidence {relationId: rel.id})-[:IN_ARTICLE]->(article:Article)
WITH rel, source, target,
     count(e) AS evidenceCount,
     count(CASE WHEN e.negated = false AND e.future = false THEN 1 END) AS assertedCount,
     count(DISTINCT coalesce(article.source, "")) AS sourceCount,
     min(e.publishedAt) AS firstSeen,
     max(e.publishedAt) AS lastSeen,
     max(e.confidence) AS maxConfidence
CALL (rel, source, target, evidenceCount, assertedCount, sourceCount, firstSeen, lastSeen, maxConfidence) {
  WITH *
  WHERE evidenceCount > 0
  MERGE (source)-[r:$(rel.type) {id: rel.id}]->(target)
  SET r.evidenceCount = evidenceCount,
      r.assertedCount = assertedCount,
      r.sourceCount = sourceCount,
      r.firstSeen = firstSeen,
      r.lastSeen = lastSeen,
      r.maxConfidence = maxConfidence,
      r.weight = rel.weight
}
CALL (rel, source, target, evidenceCount) {
  WITH *
  WHERE evidenceCount = 0
  MATCH (source)-[r:$(rel.type) {id: rel.id}]->(target)
  DELETE r
}
RETURN count(*) AS recomputed
