// One ring of a neighbourhood with aggregates recomputed from the Evidence that matches the
// filters (dates, confidence, flagged statements), folded like graph.expand.
// The 20 ontology ids (a test keeps them in step): evidence links and REPRESENTS are never walked.
UNWIND $frontier AS fid
MATCH (f:Actor {id: fid})-[r:CALLS_FOR_CEASEFIRE|CALLS_FOR_TALKS|OFFERS_MEDIATION|MEDIATES|TALKS_WITH|SUPPORTS|PRAISES|AGREES_WITH|PROVIDES_AID|DECLARES_CEASEFIRE|EXPRESSES_CONCERN|DENIES|DEMANDS|REJECTS|WARNS|CONDEMNS|ACCUSES|THREATENS|SANCTIONS|ATTACKS]-(:Actor)
WHERE r.evidenceCount > 0 AND ($types IS NULL OR type(r) IN $types)
  AND ($from IS NULL OR r.lastSeen >= date($from)) AND ($to IS NULL OR r.firstSeen <= date($to))
WITH DISTINCT r
WITH r, startNode(r) AS s, endNode(r) AS t
WITH r,
  CASE WHEN $country THEN s.affiliation ELSE s.id END AS sk,
  CASE WHEN $country THEN t.affiliation ELSE t.id END AS tk
WHERE sk <> tk AND NOT sk IN $done AND NOT tk IN $done
CALL (r) {
  MATCH (e:Evidence {relationId: r.id})-[:IN_ARTICLE]->(art:Article)
  WHERE ($from IS NULL OR e.publishedAt >= date($from)) AND ($to IS NULL OR e.publishedAt <= date($to))
    AND e.confidence >= $minConfidence AND ($includeFlagged OR NOT (e.negated OR e.future))
  RETURN count(e) AS n, collect(DISTINCT art.source) AS outlets, min(e.publishedAt) AS firstSeen,
    max(e.publishedAt) AS lastSeen, max(e.confidence) AS maxConfidence
}
WITH sk, type(r) AS type, tk, n, outlets, firstSeen, lastSeen, maxConfidence
WHERE n > 0
WITH sk, type, tk, sum(n) AS evidenceCount, collect(outlets) AS outletLists,
  min(firstSeen) AS firstSeen, max(lastSeen) AS lastSeen, max(maxConfidence) AS maxConfidence
WHERE evidenceCount >= $minEvidence
RETURN sk AS source, type, tk AS target, evidenceCount,
  size(reduce(acc = [], l IN outletLists | acc + [o IN l WHERE NOT o IN acc])) AS sourceCount,
  firstSeen, lastSeen, maxConfidence
ORDER BY evidenceCount DESC, maxConfidence DESC, source, type, target
LIMIT $limit
