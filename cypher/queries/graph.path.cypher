// Shortest paths between two actors over asserted typed relationships, either direction.
// The bound is the API maximum (6); $maxDepth narrows it.
// The 20 ontology ids (a test keeps them in step): evidence links and REPRESENTS are never walked.
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = allShortestPaths((a)-[rels:CALLS_FOR_CEASEFIRE|CALLS_FOR_TALKS|OFFERS_MEDIATION|MEDIATES|TALKS_WITH|SUPPORTS|PRAISES|AGREES_WITH|PROVIDES_AID|DECLARES_CEASEFIRE|EXPRESSES_CONCERN|DENIES|DEMANDS|REJECTS|WARNS|CONDEMNS|ACCUSES|THREATENS|SANCTIONS|ATTACKS*..6]-(b))
WHERE all(r IN rels WHERE r.assertedCount > 0 AND ($types IS NULL OR type(r) IN $types))
WITH p
WHERE length(p) <= $maxDepth
RETURN [r IN relationships(p) | {
    source: startNode(r).id, type: type(r), target: endNode(r).id, evidenceCount: r.assertedCount,
    sourceCount: r.sourceCount, firstSeen: r.firstSeen, lastSeen: r.lastSeen, maxConfidence: r.maxConfidence
  }] AS edges
LIMIT $limit
