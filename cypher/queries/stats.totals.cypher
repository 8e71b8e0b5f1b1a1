// Articles, evidence and the publication date range.
CALL () { MATCH (a:Article) RETURN count(a) AS articles, min(a.publishedAt) AS firstDate, max(a.publishedAt) AS lastDate }
CALL () { MATCH (e:Evidence) RETURN count(e) AS evidence }
RETURN articles, evidence, firstDate, lastDate
