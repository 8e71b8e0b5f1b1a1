// Evidence: one statement (sentence) backing one typed relation, linked to its article and actors.
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (e:Evidence) REQUIRE e.id IS UNIQUE;
CREATE INDEX evidence_published IF NOT EXISTS FOR (e:Evidence) ON (e.publishedAt);
CREATE INDEX evidence_relation IF NOT EXISTS FOR (e:Evidence) ON (e.relationId);
