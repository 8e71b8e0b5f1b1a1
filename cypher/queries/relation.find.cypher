// Aggregate relations filtered by actor, type and the period they were seen in, most evidence first.
MATCH (s:Actor)-[r:CALLS_FOR_CEASEFIRE|CALLS_FOR_TALKS|OFFERS_MEDIATION|MEDIATES|TALKS_WITH|SUPPORTS|PRAISES|AGREES_WITH|PROVIDES_AID|DECLARES_CEASEFIRE|EXPRESSES_CONCERN|DENIES|DEMANDS|REJECTS|WARNS|CONDEMNS|ACCUSES|THREATENS|SANCTIONS|ATTACKS]->(t:Actor)
WHERE type(r) IN $types
  AND ($source IS NULL OR s.id = $source) AND ($target IS NULL OR t.id = $target)
  AND ($from IS NULL OR r.lastSeen >= date($from)) AND ($to IS NULL OR r.firstSeen <= date($to))
RETURN r.id AS id, s.id AS source, type(r) AS type, t.id AS target, r.evidenceCount AS evidenceCount,
  r.assertedCount AS assertedCount, r.sourceCount AS sourceCount, r.firstSeen AS firstSeen,
  r.lastSeen AS lastSeen, r.maxConfidence AS maxConfidence, r.weight AS weight
ORDER BY evidenceCount DESC, id
SKIP $offset LIMIT $limit
