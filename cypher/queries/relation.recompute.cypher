// Typed actor->actor aggregates recomputed from all of their evidence: created or updated while
// evidence backs them, removed when none is left. Each relationship is written (so locked)
// before its evidence is read: a concurrent writer of the same relation waits for the other's
// commit and then counts its evidence too, so aggregates stay exact. Relations come sorted by id.
// $(rel.type) is a dynamic relationship type (Neo4j 5.26); only validated ontology ids reach it.
UNWIND $relations AS rel
MATCH (source:Actor {id: rel.source})
MATCH (target:Actor {id: rel.target})
MERGE (source)-[r:$(rel.type) {id: rel.id}]->(target)
SET r.weight = rel.weight
WITH rel, r
CALL (rel) {
  OPTIONAL MATCH (e:Evidence {relationId: rel.id})-[:IN_ARTICLE]->(article:Article)
  RETURN count(e) AS evidenceCount,
         count(CASE WHEN e.negated = false AND e.future = false THEN 1 END) AS assertedCount,
         count(DISTINCT CASE WHEN e IS NULL THEN null ELSE coalesce(article.source, "") END) AS sourceCount,
         min(e.publishedAt) AS firstSeen,
         max(e.publishedAt) AS lastSeen,
         max(e.confidence) AS maxConfidence
}
SET r.evidenceCount = evidenceCount,
    r.assertedCount = assertedCount,
    r.sourceCount = sourceCount,
    r.firstSeen = firstSeen,
    r.lastSeen = lastSeen,
    r.maxConfidence = maxConfidence
WITH r, evidenceCount
WHERE evidenceCount = 0
DELETE r
RETURN count(*) AS removed
