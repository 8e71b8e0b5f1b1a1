// One article's evidence, deduplicated by id beforehand; the date is the article's.
MATCH (article:Article {id: $articleId})
UNWIND $evidence AS ev
MATCH (source:Actor {id: ev.source})
MATCH (target:Actor {id: ev.target})
CREATE (e:Evidence {
  id: ev.id,
  relationId: ev.relationId,
  type: ev.type,
  sentence: ev.sentence,
  start: toInteger(ev.start),
  end: toInteger(ev.end),
  trigger: ev.trigger,
  quote: ev.quote,
  negated: ev.negated,
  future: ev.future,
  confidence: toFloat(ev.confidence),
  rule: ev.rule,
  publishedAt: article.publishedAt,
  speakerId: ev.speakerId
})
CREATE (e)-[:IN_ARTICLE]->(article)
CREATE (e)-[:FROM]->(source)
CREATE (e)-[:TO]->(target)
WITH e, ev
WHERE ev.speakerId IS NOT NULL
MATCH (speaker:Actor {id: ev.speakerId})
CREATE (e)-[:SPOKEN_BY]->(speaker)
