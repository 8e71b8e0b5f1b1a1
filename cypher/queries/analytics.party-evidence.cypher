// Sample statements of the given ties (relation ids, from the evidence columns or
// analytics.party-relation-ids) in a window, grouped per tie folded to the level, most confident
// and recent first.
UNWIND $relationIds AS relationId
MATCH (e:Evidence {relationId: relationId})
WHERE e.publishedAt >= date($from) AND e.publishedAt <= date($to)
  AND (NOT $assertedOnly OR (coalesce(e.negated, false) = false AND coalesce(e.future, false) = false))
MATCH (e)-[:FROM]->(s:Actor)
MATCH (e)-[:TO]->(t:Actor)
WITH e, s, t,
     CASE $level WHEN 'country' THEN s.affiliation ELSE s.id END AS source,
     CASE $level WHEN 'country' THEN t.affiliation ELSE t.id END AS target
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
