// Articles' content in one statement (one round trip): the actors their evidence names with
// their kind labels, who speaks for whom, state memberships, then each article and its evidence.
// A batch of one article or of several whole articles (bulk ingestion); actors come merged
// across the batch. The caller removes earlier evidence of the articles first and recomputes the
// aggregates after. Lists come sorted by key, a stable lock order between concurrent writers.
CALL () {
  // A known actor keeps its kind and first name; other names become aliases. Known actors are
  // written only when something is new, so articles naming the same states do not queue.
  UNWIND $actors AS actor
  MERGE (a:Actor {id: actor.id})
    ON CREATE
      SET a.name = actor.name,
          a.kind = actor.kind,
          a.affiliation = actor.affiliation,
          a.role = actor.role,
          a.aliases = actor.aliases
  WITH a, actor,
       [alias IN actor.aliases + [actor.name] WHERE alias <> a.name AND NOT alias IN coalesce(a.aliases, [])] AS newAliases
  CALL (a, actor, newAliases) {
    WITH *
    WHERE size(newAliases) > 0 OR (actor.role IS NOT NULL AND actor.role <> coalesce(a.role, ""))
    SET a.aliases = coalesce(a.aliases, []) + newAliases,
        a.role = coalesce(actor.role, a.role)
  }
  CALL (a) {
    WITH a
    WHERE NOT $labelByKind[a.kind] IN labels(a)
    SET a:$($labelByKind[a.kind])
  }
}
CALL () {
  // A person, body or force speaks for its state, organisation or group.
  UNWIND $links AS link
  MATCH (member:Actor {id: link.actorId})
  MATCH (principal:Actor {id: link.principalId})
  MERGE (member)-[r:REPRESENTS]->(principal)
  SET r.role = coalesce(link.role, r.role),
      r.from = coalesce(date(link.from), r.from),
      r.to = CASE WHEN link.from IS NULL THEN r.to ELSE date(link.to) END
}
CALL () {
  UNWIND $memberships AS membership
  MATCH (state:Actor {id: membership.stateId})
  WHERE state:State
  MATCH (organisation:Actor {id: membership.organisationId})
  WHERE organisation:Organisation
  MERGE (state)-[:MEMBER_OF]->(organisation)
}
UNWIND $articles AS art
MERGE (article:Article {id: art.id})
SET article.title = art.title,
    article.url = art.url,
    article.source = art.source,
    article.publishedAt = date(art.publishedAt),
    article.contentHash = art.contentHash,
    article.text = art.text,
    article.paraphrase = art.paraphrase,
    article.ingestedAt = datetime()
WITH article, art
CALL (article, art) {
  UNWIND art.evidence AS ev
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
    speakerId: ev.speakerId,
    sourceCode: source.affiliation,
    targetCode: target.affiliation
  })
  CREATE (e)-[:IN_ARTICLE]->(article)
  CREATE (e)-[:FROM]->(source)
  CREATE (e)-[:TO]->(target)
  WITH e, ev
  WHERE ev.speakerId IS NOT NULL
  MATCH (speaker:Actor {id: ev.speakerId})
  CREATE (e)-[:SPOKEN_BY]->(speaker)
}
RETURN count(article) AS written
