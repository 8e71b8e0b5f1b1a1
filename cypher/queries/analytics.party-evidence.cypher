// Sample evidence of the mediating ties between the given mediators and the two parties
// (mediator -> party, or either way for symmetric types), most confident and recent first.
MATCH (p:Actor)
WHERE p.id IN $memberIds
MATCH (p)<-[:FROM|TO]-(e:Evidence)
WHERE e.publishedAt >= date($from) AND e.publishedAt <= date($to)
  AND e.type IN $types
  AND (NOT $assertedOnly OR (coalesce(e.negated, false) = false AND coalesce(e.future, false) = false))
WITH DISTINCT e
MATCH (e)-[:FROM]->(s:Actor)
MATCH (e)-[:TO]->(t:Actor)
WITH e, s, t,
     CASE $level WHEN 'country' THEN s.affiliation ELSE s.id END AS source,
     CASE $level WHEN 'country' THEN t.affiliation ELSE t.id END AS target
WHERE (source IN $mediators AND target IN $parties)
   OR (e.type IN $symmetricTypes AND source IN $parties AND target IN $mediators)
OPTIONAL MATCH (e)-[:IN_ARTICLE]->(ar:Article)
WITH source, target, e, s, t, ar
ORDER BY e.confidence DESC, e.publishedAt DESC, e.id
WITH source, target, e.type AS type,
     collect({
       id: e.id, type: e.type, source: s.id, target: t.id, sentence: e.sentence,
       articleId: ar.id, articleTitle: ar.title, url: ar.url,
       publishedAt: e.publishedAt, confidence: e.confidence
     })[..$samplesPerTie] AS samples
RETURN source, target, type, samples
