// Relation strength: every typed relationship's assertedCount, per type, so the strongest
// relationships (graph.strongest) are read from the top of these indexes, strongest first,
// instead of ranking every relationship of a hub. Kept exact by the database with the aggregates.
CREATE INDEX rel_calls_for_ceasefire_asserted IF NOT EXISTS FOR ()-[r:CALLS_FOR_CEASEFIRE]-() ON (r.assertedCount);
CREATE INDEX rel_calls_for_talks_asserted IF NOT EXISTS FOR ()-[r:CALLS_FOR_TALKS]-() ON (r.assertedCount);
CREATE INDEX rel_offers_mediation_asserted IF NOT EXISTS FOR ()-[r:OFFERS_MEDIATION]-() ON (r.assertedCount);
CREATE INDEX rel_mediates_asserted IF NOT EXISTS FOR ()-[r:MEDIATES]-() ON (r.assertedCount);
CREATE INDEX rel_talks_with_asserted IF NOT EXISTS FOR ()-[r:TALKS_WITH]-() ON (r.assertedCount);
CREATE INDEX rel_supports_asserted IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.assertedCount);
CREATE INDEX rel_praises_asserted IF NOT EXISTS FOR ()-[r:PRAISES]-() ON (r.assertedCount);
CREATE INDEX rel_agrees_with_asserted IF NOT EXISTS FOR ()-[r:AGREES_WITH]-() ON (r.assertedCount);
CREATE INDEX rel_provides_aid_asserted IF NOT EXISTS FOR ()-[r:PROVIDES_AID]-() ON (r.assertedCount);
CREATE INDEX rel_declares_ceasefire_asserted IF NOT EXISTS FOR ()-[r:DECLARES_CEASEFIRE]-() ON (r.assertedCount);
CREATE INDEX rel_expresses_concern_asserted IF NOT EXISTS FOR ()-[r:EXPRESSES_CONCERN]-() ON (r.assertedCount);
CREATE INDEX rel_denies_asserted IF NOT EXISTS FOR ()-[r:DENIES]-() ON (r.assertedCount);
CREATE INDEX rel_demands_asserted IF NOT EXISTS FOR ()-[r:DEMANDS]-() ON (r.assertedCount);
CREATE INDEX rel_rejects_asserted IF NOT EXISTS FOR ()-[r:REJECTS]-() ON (r.assertedCount);
CREATE INDEX rel_warns_asserted IF NOT EXISTS FOR ()-[r:WARNS]-() ON (r.assertedCount);
CREATE INDEX rel_condemns_asserted IF NOT EXISTS FOR ()-[r:CONDEMNS]-() ON (r.assertedCount);
CREATE INDEX rel_accuses_asserted IF NOT EXISTS FOR ()-[r:ACCUSES]-() ON (r.assertedCount);
CREATE INDEX rel_threatens_asserted IF NOT EXISTS FOR ()-[r:THREATENS]-() ON (r.assertedCount);
CREATE INDEX rel_sanctions_asserted IF NOT EXISTS FOR ()-[r:SANCTIONS]-() ON (r.assertedCount);
CREATE INDEX rel_attacks_asserted IF NOT EXISTS FOR ()-[r:ATTACKS]-() ON (r.assertedCount);
