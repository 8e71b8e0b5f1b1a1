MERGE (a:Article {id: $article.id})
SET a.title = $article.title,
    a.url = $article.url,
    a.source = $article.source,
    a.publishedAt = date($article.publishedAt),
    a.contentHash = $article.contentHash,
    a.text = $article.text,
    a.paraphrase = $article.paraphrase,
    a.ingestedAt = datetime()
