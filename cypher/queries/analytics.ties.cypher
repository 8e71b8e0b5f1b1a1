// Evidence in a window counted per directed, typed tie between graph nodes: actor ids at
// level "actor", affiliation codes at level "country" (self-ties dropped after folding).
// Read from the evidence_window index alone, touching no statement node: the relationId
// `source--TYPE--target` names the tie (actor ids are slugs, never containing "--"), and
// $affiliations (actor id -> code, from analytics.affiliations) folds it at level "country".
MATCH (e:Evidence)
USING INDEX e:Evidence(publishedAt, negated, future, relationId)
WHERE e.publishedAt >= date($from) AND e.publishedAt <= date($to)
  AND e.negated IS NOT NULL AND e.future IS NOT NULL AND e.relationId IS NOT NULL
  AND (NOT $assertedOnly OR (e.negated = false AND e.future = false))
WITH e.relationId AS relationId, count(*) AS evidence
WITH split(relationId, '--') AS tie, evidence
WITH CASE $level WHEN 'country' THEN $affiliations[tie[0]] ELSE tie[0] END AS source,
     CASE $level WHEN 'country' THEN $affiliations[tie[2]] ELSE tie[2] END AS target,
     tie[1] AS type, evidence
WHERE source <> target AND ($allTypes OR type IN $types)
RETURN source, target, type, sum(evidence) AS evidence
