// A person, body or force speaks for its state, organisation or group (both already upserted).
UNWIND $links AS link
MATCH (member:Actor {id: link.actorId})
MATCH (principal:Actor {id: link.principalId})
MERGE (member)-[r:REPRESENTS]->(principal)
SET r.role = coalesce(link.role, r.role),
    r.from = coalesce(date(link.from), r.from),
    r.to = CASE WHEN link.from IS NULL THEN r.to ELSE date(link.to) END
