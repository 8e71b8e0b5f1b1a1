// Newest first; relationCount is the number of evidence statements the article backs.
MATCH (a:Article)
WHERE ($q IS NULL OR toLower(a.title) CONTAINS toLower($q))
  AND ($from IS NULL OR a.publishedAt >= date($from))
  AND ($to IS NULL OR a.publishedAt <= date($to))
WITH a
ORDER BY a.publishedAt DESC, a.id
SKIP $offset
LIMIT $limit
RETURN a.id AS id,
       a.title AS title,
       a.url AS url,
       a.source AS source,
       a.publishedAt AS publishedAt,
       coalesce(a.paraphrase, false) AS paraphrase,
       COUNT { (a)<-[:IN_ARTICLE]-(:Evidence) } AS relationCount
