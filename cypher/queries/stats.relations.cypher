// Typed relationships and their statements, by type.
MATCH (:Actor)-[r]->(:Actor)
WHERE type(r) IN $types
RETURN type(r) AS type, count(r) AS relations, sum(r.evidenceCount) AS evidence
ORDER BY type
