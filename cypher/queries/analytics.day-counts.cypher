// Evidence in a window counted per day and type, self-ties at the level dropped.
// Read from the evidence_window index alone, as analytics.ties.
MATCH (e:Evidence)
USING INDEX e:Evidence(publishedAt, negated, future, relationId)
WHERE e.publishedAt >= date($from) AND e.publishedAt <= date($to)
  AND e.negated IS NOT NULL AND e.future IS NOT NULL AND e.relationId IS NOT NULL
  AND (NOT $assertedOnly OR (e.negated = false AND e.future = false))
WITH e.publishedAt AS day, e.relationId AS relationId, count(*) AS evidence
WITH day, split(relationId, '--') AS tie, evidence
WITH day, tie[1] AS type, evidence,
     CASE $level WHEN 'country' THEN $affiliations[tie[0]] ELSE tie[0] END AS source,
     CASE $level WHEN 'country' THEN $affiliations[tie[2]] ELSE tie[2] END AS target
WHERE source <> target AND ($allTypes OR type IN $types)
RETURN day, type, sum(evidence) AS evidence
