// Removes actors that no evidence names any more, except states and organisations (the skeleton
// of the graph) and actors others still speak for. Returns the principals of the removed ones,
// which the caller prunes next.
UNWIND $actorIds AS actorId
MATCH (a:Actor {id: actorId})
WHERE NOT a:State
  AND NOT a:Organisation
  AND NOT EXISTS { (a)<-[:FROM|TO|SPOKEN_BY]-(:Evidence) }
  AND NOT EXISTS { (a)<-[:REPRESENTS]-(:Actor) }
OPTIONAL MATCH (a)-[:REPRESENTS]->(principal:Actor)
WITH collect(DISTINCT a) AS removed, collect(DISTINCT principal.id) AS principalIds
FOREACH (a IN removed | DETACH DELETE a)
RETURN size(removed) AS removed, principalIds
