// An actor's typed relationships counted by type and direction.
MATCH (a:Actor {id: $id})-[r]-(:Actor)
WHERE type(r) IN $types
RETURN type(r) AS type, CASE WHEN startNode(r) = a THEN 'out' ELSE 'in' END AS direction,
  count(r) AS relations, sum(r.assertedCount) AS evidence
ORDER BY type, direction
