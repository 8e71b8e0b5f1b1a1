// Evidence in a window counted per directed, typed tie between actors (level "actor"; level
// "country" reads analytics.country-ties). Read from the evidence_window index alone, touching
// no statement node: the relationId `source--TYPE--target` names the tie (actor ids are slugs,
// never containing "--").
MATCH (e:Evidence)
USING INDEX e:Evidence(publishedAt, negated, future, relationId)
WHERE e.publishedAt >= date($from) AND e.publishedAt <= date($to)
  AND e.negated IS NOT NULL AND e.future IS NOT NULL AND e.relationId IS NOT NULL
  AND (NOT $assertedOnly OR (e.negated = false AND e.future = false))
WITH e.relationId AS relationId, count(*) AS evidence
WITH split(relationId, '--') AS tie, evidence
WITH tie[0] AS source, tie[2] AS target, tie[1] AS type, evidence
WHERE source <> target AND ($allTypes OR type IN $types)
RETURN source, target, type, evidence
