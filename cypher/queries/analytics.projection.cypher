// Every dated statement, oldest first, for the in-memory evidence columns
// (db/evidence-projection.ts): read from the evidence_window index alone, in its order (no sort);
// the day comes as yyyymmdd (a float: no driver Integer or Date per row).
MATCH (e:Evidence)
USING INDEX e:Evidence(publishedAt, negated, future, relationId)
WHERE e.publishedAt >= date($from)
  AND e.negated IS NOT NULL AND e.future IS NOT NULL AND e.relationId IS NOT NULL
RETURN toFloat(e.publishedAt.year * 10000 + e.publishedAt.month * 100 + e.publishedAt.day) AS day,
       e.negated AS negated, e.future AS future, e.relationId AS relationId
ORDER BY e.publishedAt
