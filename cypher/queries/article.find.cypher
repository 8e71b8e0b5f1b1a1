// The stored content hash of each of these articles that exists (null hash: stored without one).
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.contentHash AS contentHash
