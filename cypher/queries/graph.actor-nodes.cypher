// Node data for actor-level views.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a.id AS id, a.name AS label, a.kind AS kind, a.affiliation AS affiliation, a.role AS role
