// The relationships with assertedCount >= $minCount, read from the per-type strength indexes
// (cypher/schema/06) instead of ranking every relationship of the frontier. At most $budget are
// read (all types, any endpoints); `scanned` says how many were, so the caller knows whether the
// read was complete (scanned < $budget). `hits`: how many of them touch the frontier ($frontier
// null: any) with their other end not done; the strongest $limit of those are returned as `edges`
// when there are at least $limit, or when $minCount is the filter's own floor ($minEvidence).
// The 20 ontology ids (a test keeps them in step), one index seek each.
CALL () {
  MATCH ()-[r:CALLS_FOR_CEASEFIRE]->() WHERE r.assertedCount >= $minCount AND ($types IS NULL OR 'CALLS_FOR_CEASEFIRE' IN $types) RETURN r
  UNION ALL
  MATCH ()-[r:CALLS_FOR_TALKS]->() WHERE r.assertedCount >= $minCount AND ($types IS NULL OR 'CALLS_FOR_TALKS' IN $types) RETURN r
  UNION ALL
  MATCH ()-[r:OFFERS_MEDIATION]->() WHERE r.assertedCount >= $minCount AND ($types IS NULL OR 'OFFERS_MEDIATION' IN $types) RETURN r
  UNION ALL
  MATCH ()-[r:MEDIATES]->() WHERE r.assertedCount >= $minCount AND ($types IS NULL OR 'MEDIATES' IN $types) RETURN r
  UNION ALL
  MATCH ()-[r:TALKS_WITH]->() WHERE r.assertedCount >= $minCount AND ($types IS NULL OR 'TALKS_WITH' IN $types) RETURN r
  UNION ALL
  MATCH ()-[r:SUPPORTS]->() WHERE r.assertedCount >= $minCount AND ($types IS NULL OR 'SUPPORTS' IN $types) RETURN r
  UNION ALL
  MATCH ()-[r:PRAISES]->() WHERE r.assertedCount >= $minCount AND ($types IS NULL OR 'PRAISES' IN $types) RETURN r
  UNION ALL
  MATCH ()-[r:AGREES_WITH]->() WHERE r.assertedCount >= $minCount AND ($types IS NULL OR 'AGREES_WITH' IN $types) RETURN r
  UNION ALL
  MATCH ()-[r:PROVIDES_AID]->() WHERE r.assertedCount >= $minCount AND ($types IS NULL OR 'PROVIDES_AID' IN $types) RETURN r
  UNION ALL
  MATCH ()-[r:DECLARES_CEASEFIRE]->() WHERE r.assertedCount >= $minCount AND ($types IS NULL OR 'DECLARES_CEASEFIRE' IN $types) RETURN r
  UNION ALL
  MATCH ()-[r:EXPRESSES_CONCERN]->() WHERE r.assertedCount >= $minCount AND ($types IS NULL OR 'EXPRESSES_CONCERN' IN $types) RETURN r
  UNION ALL
  MATCH ()-[r:DENIES]->() WHERE r.assertedCount >= $minCount AND ($types IS NULL OR 'DENIES' IN $types) RETURN r
  UNION ALL
  MATCH ()-[r:DEMANDS]->() WHERE r.assertedCount >= $minCount AND ($types IS NULL OR 'DEMANDS' IN $types) RETURN r
  UNION ALL
  MATCH ()-[r:REJECTS]->() WHERE r.assertedCount >= $minCount AND ($types IS NULL OR 'REJECTS' IN $types) RETURN r
  UNION ALL
  MATCH ()-[r:WARNS]->() WHERE r.assertedCount >= $minCount AND ($types IS NULL OR 'WARNS' IN $types) RETURN r
  UNION ALL
  MATCH ()-[r:CONDEMNS]->() WHERE r.assertedCount >= $minCount AND ($types IS NULL OR 'CONDEMNS' IN $types) RETURN r
  UNION ALL
  MATCH ()-[r:ACCUSES]->() WHERE r.assertedCount >= $minCount AND ($types IS NULL OR 'ACCUSES' IN $types) RETURN r
  UNION ALL
  MATCH ()-[r:THREATENS]->() WHERE r.assertedCount >= $minCount AND ($types IS NULL OR 'THREATENS' IN $types) RETURN r
  UNION ALL
  MATCH ()-[r:SANCTIONS]->() WHERE r.assertedCount >= $minCount AND ($types IS NULL OR 'SANCTIONS' IN $types) RETURN r
  UNION ALL
  MATCH ()-[r:ATTACKS]->() WHERE r.assertedCount >= $minCount AND ($types IS NULL OR 'ATTACKS' IN $types) RETURN r
}
WITH r LIMIT $budget
WITH collect(r) AS strong
WITH size(strong) AS scanned, [r IN strong WHERE startNode(r) <> endNode(r) AND (
    $frontier IS NULL
    OR (startNode(r).id IN $frontier AND NOT endNode(r).id IN $done)
    OR (endNode(r).id IN $frontier AND NOT startNode(r).id IN $done))] AS hits
CALL (hits) {
  UNWIND (CASE WHEN size(hits) >= $limit OR $minCount <= $minEvidence THEN hits ELSE [] END) AS r
  WITH r ORDER BY r.assertedCount DESC LIMIT $limit
  RETURN collect({
    source: startNode(r).id, type: type(r), target: endNode(r).id, evidenceCount: r.assertedCount,
    sourceCount: r.sourceCount, firstSeen: toString(r.firstSeen), lastSeen: toString(r.lastSeen), maxConfidence: r.maxConfidence
  }) AS edges
}
RETURN scanned, size(hits) AS hits, edges
