// Deletes the article node itself; its evidence goes first with evidence.delete.
OPTIONAL MATCH (a:Article {id: $id})
WITH a, a IS NOT NULL AS existed
DETACH DELETE a
RETURN existed
