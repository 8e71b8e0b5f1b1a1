// Removes an article's evidence and says which relations and actors it touched, so their
// aggregates can be recomputed and orphans pruned.
MATCH (:Article {id: $articleId})<-[:IN_ARTICLE]-(e:Evidence)
MATCH (e)-[:FROM]->(source:Actor)
MATCH (e)-[:TO]->(target:Actor)
OPTIONAL MATCH (e)-[:SPOKEN_BY]->(speaker:Actor)
WITH collect(e) AS evidence,
     collect(DISTINCT {id: e.relationId, type: e.type, source: source.id, target: target.id}) AS relations,
     collect(DISTINCT source.id) + collect(DISTINCT target.id) + collect(DISTINCT speaker.id) AS actorIds
FOREACH (e IN evidence | DETACH DELETE e)
RETURN relations, actorIds
