MATCH (a:Article)
WHERE ($q IS NULL OR toLower(a.title) CONTAINS toLower($q))
  AND ($from IS NULL OR a.publishedAt >= date($from))
  AND ($to IS NULL OR a.publishedAt <= date($to))
RETURN count(a) AS total
