// The statements behind one actor-level relation, newest first.
MATCH (e:Evidence {relationId: $id})-[:IN_ARTICLE]->(art:Article)
MATCH (e)-[:FROM]->(s:Actor), (e)-[:TO]->(t:Actor)
OPTIONAL MATCH (e)-[:SPOKEN_BY]->(sp:Actor)
RETURN e {.id, .relationId, .sentence, .start, .end, .trigger, .confidence, .quote, .negated, .future, .rule} AS evidence,
  s {.id, .name} AS source, t {.id, .name} AS target, sp {.id, .name} AS speaker,
  art {.id, .title, .source, .url, .publishedAt} AS article
ORDER BY art.publishedAt DESC, e.id
SKIP $offset LIMIT $limit
