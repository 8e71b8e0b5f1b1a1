// An article with every relation it backs, in text order, for highlighting.
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)<-[:IN_ARTICLE]-(e:Evidence)
OPTIONAL MATCH (e)-[:FROM]->(source:Actor)
OPTIONAL MATCH (e)-[:TO]->(target:Actor)
OPTIONAL MATCH (e)-[:SPOKEN_BY]->(speaker:Actor)
WITH a, e, source, target, speaker
ORDER BY e.start, e.end, e.id
WITH a, collect(CASE WHEN e IS NULL THEN null ELSE {
  id: e.id,
  relationId: e.relationId,
  type: e.type,
  source: {id: source.id, name: source.name},
  target: {id: target.id, name: target.name},
  speaker: CASE WHEN speaker IS NULL THEN null ELSE {id: speaker.id, name: speaker.name} END,
  sentence: e.sentence,
  start: e.start,
  end: e.end,
  trigger: e.trigger,
  quote: e.quote,
  negated: e.negated,
  future: e.future,
  confidence: e.confidence,
  rule: e.rule
} END) AS relations
RETURN a.id AS id,
       a.title AS title,
       a.url AS url,
       a.source AS source,
       a.publishedAt AS publishedAt,
       coalesce(a.paraphrase, false) AS paraphrase,
       a.text AS text,
       a.ingestedAt AS ingestedAt,
       size(relations) AS relationCount,
       relations
