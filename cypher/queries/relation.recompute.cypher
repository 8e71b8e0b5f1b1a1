// Typed actor->actor aggregates recomputed from all of their evidence: created or updated while
// evidence backs them, removed when none is left. Each relationship is written (so locked)
// before its evidence is read: a concurrent writer of the same relation waits for the other's
// commit and then counts its evidence too, so aggregates stay exact. Relations come sorted by id.
// One MERGE per ontology id (a test keeps them in step), each found through its type's uniqueness
// index on `id`: a dynamic type ($(rel.type)) planned on an empty graph scans every relationship.
UNWIND $relations AS rel
MATCH (source:Actor {id: rel.source})
MATCH (target:Actor {id: rel.target})
CALL (rel, source, target) {
  WITH * WHERE rel.type = 'CALLS_FOR_CEASEFIRE'
  MERGE (source)-[r:CALLS_FOR_CEASEFIRE {id: rel.id}]->(target)
  RETURN r
  UNION
  WITH * WHERE rel.type = 'CALLS_FOR_TALKS'
  MERGE (source)-[r:CALLS_FOR_TALKS {id: rel.id}]->(target)
  RETURN r
  UNION
  WITH * WHERE rel.type = 'OFFERS_MEDIATION'
  MERGE (source)-[r:OFFERS_MEDIATION {id: rel.id}]->(target)
  RETURN r
  UNION
  WITH * WHERE rel.type = 'MEDIATES'
  MERGE (source)-[r:MEDIATES {id: rel.id}]->(target)
  RETURN r
  UNION
  WITH * WHERE rel.type = 'TALKS_WITH'
  MERGE (source)-[r:TALKS_WITH {id: rel.id}]->(target)
  RETURN r
  UNION
  WITH * WHERE rel.type = 'SUPPORTS'
  MERGE (source)-[r:SUPPORTS {id: rel.id}]->(target)
  RETURN r
  UNION
  WITH * WHERE rel.type = 'PRAISES'
  MERGE (source)-[r:PRAISES {id: rel.id}]->(target)
  RETURN r
  UNION
  WITH * WHERE rel.type = 'AGREES_WITH'
  MERGE (source)-[r:AGREES_WITH {id: rel.id}]->(target)
  RETURN r
  UNION
  WITH * WHERE rel.type = 'PROVIDES_AID'
  MERGE (source)-[r:PROVIDES_AID {id: rel.id}]->(target)
  RETURN r
  UNION
  WITH * WHERE rel.type = 'DECLARES_CEASEFIRE'
  MERGE (source)-[r:DECLARES_CEASEFIRE {id: rel.id}]->(target)
  RETURN r
  UNION
  WITH * WHERE rel.type = 'EXPRESSES_CONCERN'
  MERGE (source)-[r:EXPRESSES_CONCERN {id: rel.id}]->(target)
  RETURN r
  UNION
  WITH * WHERE rel.type = 'DENIES'
  MERGE (source)-[r:DENIES {id: rel.id}]->(target)
  RETURN r
  UNION
  WITH * WHERE rel.type = 'DEMANDS'
  MERGE (source)-[r:DEMANDS {id: rel.id}]->(target)
  RETURN r
  UNION
  WITH * WHERE rel.type = 'REJECTS'
  MERGE (source)-[r:REJECTS {id: rel.id}]->(target)
  RETURN r
  UNION
  WITH * WHERE rel.type = 'WARNS'
  MERGE (source)-[r:WARNS {id: rel.id}]->(target)
  RETURN r
  UNION
  WITH * WHERE rel.type = 'CONDEMNS'
  MERGE (source)-[r:CONDEMNS {id: rel.id}]->(target)
  RETURN r
  UNION
  WITH * WHERE rel.type = 'ACCUSES'
  MERGE (source)-[r:ACCUSES {id: rel.id}]->(target)
  RETURN r
  UNION
  WITH * WHERE rel.type = 'THREATENS'
  MERGE (source)-[r:THREATENS {id: rel.id}]->(target)
  RETURN r
  UNION
  WITH * WHERE rel.type = 'SANCTIONS'
  MERGE (source)-[r:SANCTIONS {id: rel.id}]->(target)
  RETURN r
  UNION
  WITH * WHERE rel.type = 'ATTACKS'
  MERGE (source)-[r:ATTACKS {id: rel.id}]->(target)
  RETURN r
}
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
