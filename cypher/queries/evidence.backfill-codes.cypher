// Gives Evidence written before statements carried affiliation codes its source's and target's
// codes (idempotent; nothing to do on a graph written by this version). Auto-commit, in batches.
MATCH (e:Evidence)
WHERE e.sourceCode IS NULL OR e.targetCode IS NULL
CALL (e) {
  MATCH (e)-[:FROM]->(source:Actor)
  MATCH (e)-[:TO]->(target:Actor)
  SET e.sourceCode = source.affiliation, e.targetCode = target.affiliation
} IN TRANSACTIONS OF 10000 ROWS
RETURN count(*) AS backfilled
