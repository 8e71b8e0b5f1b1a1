// How many actors the full-text search finds, with the same filters as actor.search.
CALL db.index.fulltext.queryNodes('actor_search', $lucene) YIELD node
WHERE ($kind IS NULL OR node.kind = $kind) AND ($affiliation IS NULL OR node.affiliation = $affiliation)
RETURN count(node) AS total
