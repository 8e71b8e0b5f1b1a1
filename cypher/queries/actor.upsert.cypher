// Actors of one article, sorted by id (a stable lock order). A known actor keeps its kind and
// first name; other names become aliases. Known actors are written only when something is new,
// so articles naming the same states do not queue behind each other's locks.
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
