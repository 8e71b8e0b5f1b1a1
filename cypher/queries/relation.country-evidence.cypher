// The statements behind a country-level relation: every actor of one affiliation to every actor of another.
MATCH (s:Actor {affiliation: $sourceCode})<-[:FROM]-(e:Evidence)-[:TO]->(t:Actor {affiliation: $targetCode})
WHERE e.type = $type
MATCH (e)-[:IN_ARTICLE]->(art:Article)
OPTIONAL MATCH (e)-[:SPOKEN_BY]->(sp:Actor)
RETURN e {.id, .relationId, .sentence, .start, .end, .trigger, .confidence, .quote, .negated, .future, .rule} AS evidence,
  s {.id, .name} AS source, t {.id, .name} AS target, sp {.id, .name} AS speaker,
  art {.id, .title, .source, .url, .publishedAt} AS article
ORDER BY art.publishedAt DESC, e.id
SKIP $offset LIMIT $limit
