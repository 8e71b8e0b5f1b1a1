// One actor with its roles (REPRESENTS both ways, bounded) and memberships.
MATCH (a:Actor {id: $id})
RETURN a {.id, .name, .kind, .affiliation, .role, .aliases} AS actor,
  [(a)-[r:REPRESENTS]->(p:Actor) | {role: r.role, from: r.from, to: r.to, actor: p {.id, .name, .kind, .affiliation}}][0..50] AS represents,
  [(p:Actor)-[r:REPRESENTS]->(a) | {role: r.role, from: r.from, to: r.to, actor: p {.id, .name, .kind, .affiliation}}][0..50] AS representedBy,
  [(a)-[:MEMBER_OF]->(o:Actor) | o {.id, .name, .kind, .affiliation}][0..50] AS memberOf
