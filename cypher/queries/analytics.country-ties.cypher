// Evidence in a window counted per directed, typed tie between affiliation codes (level
// "country"), self-ties dropped: read from the evidence_country_window index alone, touching no
// statement node (every value below is in the index).
MATCH (e:Evidence)
USING INDEX e:Evidence(publishedAt, negated, future, sourceCode, type, targetCode)
WHERE e.publishedAt >= date($from) AND e.publishedAt <= date($to)
  AND e.negated IS NOT NULL AND e.future IS NOT NULL
  AND e.sourceCode IS NOT NULL AND e.type IS NOT NULL AND e.targetCode IS NOT NULL
  AND (NOT $assertedOnly OR (e.negated = false AND e.future = false))
  AND e.sourceCode <> e.targetCode AND ($allTypes OR e.type IN $types)
RETURN e.sourceCode AS source, e.targetCode AS target, e.type AS type, count(*) AS evidence
