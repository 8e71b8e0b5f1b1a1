// Actors: states, people, government bodies, armed forces, organisations, groups.
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE INDEX actor_affiliation IF NOT EXISTS FOR (a:Actor) ON (a.affiliation);
CREATE INDEX actor_kind IF NOT EXISTS FOR (a:Actor) ON (a.kind);
CREATE FULLTEXT INDEX actor_search IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.aliases];
