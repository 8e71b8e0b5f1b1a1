// How many relationships of the selected types ($types null: all) the frontier actors have
// ($frontier null: the whole graph), from the degree and count stores: no relationship is read.
// What ranking them all would cost. One entry per ontology id (a test keeps them in step).
CALL () {
  WITH *
  WHERE $frontier IS NULL
  RETURN {
    CALLS_FOR_CEASEFIRE: COUNT { ()-[:CALLS_FOR_CEASEFIRE]->() },
    CALLS_FOR_TALKS: COUNT { ()-[:CALLS_FOR_TALKS]->() },
    OFFERS_MEDIATION: COUNT { ()-[:OFFERS_MEDIATION]->() },
    MEDIATES: COUNT { ()-[:MEDIATES]->() },
    TALKS_WITH: COUNT { ()-[:TALKS_WITH]->() },
    SUPPORTS: COUNT { ()-[:SUPPORTS]->() },
    PRAISES: COUNT { ()-[:PRAISES]->() },
    AGREES_WITH: COUNT { ()-[:AGREES_WITH]->() },
    PROVIDES_AID: COUNT { ()-[:PROVIDES_AID]->() },
    DECLARES_CEASEFIRE: COUNT { ()-[:DECLARES_CEASEFIRE]->() },
    EXPRESSES_CONCERN: COUNT { ()-[:EXPRESSES_CONCERN]->() },
    DENIES: COUNT { ()-[:DENIES]->() },
    DEMANDS: COUNT { ()-[:DEMANDS]->() },
    REJECTS: COUNT { ()-[:REJECTS]->() },
    WARNS: COUNT { ()-[:WARNS]->() },
    CONDEMNS: COUNT { ()-[:CONDEMNS]->() },
    ACCUSES: COUNT { ()-[:ACCUSES]->() },
    THREATENS: COUNT { ()-[:THREATENS]->() },
    SANCTIONS: COUNT { ()-[:SANCTIONS]->() },
    ATTACKS: COUNT { ()-[:ATTACKS]->() }
  } AS degrees
  UNION ALL
  UNWIND coalesce($frontier, []) AS id
  MATCH (a:Actor {id: id})
  RETURN {
    CALLS_FOR_CEASEFIRE: COUNT { (a)-[:CALLS_FOR_CEASEFIRE]-() },
    CALLS_FOR_TALKS: COUNT { (a)-[:CALLS_FOR_TALKS]-() },
    OFFERS_MEDIATION: COUNT { (a)-[:OFFERS_MEDIATION]-() },
    MEDIATES: COUNT { (a)-[:MEDIATES]-() },
    TALKS_WITH: COUNT { (a)-[:TALKS_WITH]-() },
    SUPPORTS: COUNT { (a)-[:SUPPORTS]-() },
    PRAISES: COUNT { (a)-[:PRAISES]-() },
    AGREES_WITH: COUNT { (a)-[:AGREES_WITH]-() },
    PROVIDES_AID: COUNT { (a)-[:PROVIDES_AID]-() },
    DECLARES_CEASEFIRE: COUNT { (a)-[:DECLARES_CEASEFIRE]-() },
    EXPRESSES_CONCERN: COUNT { (a)-[:EXPRESSES_CONCERN]-() },
    DENIES: COUNT { (a)-[:DENIES]-() },
    DEMANDS: COUNT { (a)-[:DEMANDS]-() },
    REJECTS: COUNT { (a)-[:REJECTS]-() },
    WARNS: COUNT { (a)-[:WARNS]-() },
    CONDEMNS: COUNT { (a)-[:CONDEMNS]-() },
    ACCUSES: COUNT { (a)-[:ACCUSES]-() },
    THREATENS: COUNT { (a)-[:THREATENS]-() },
    SANCTIONS: COUNT { (a)-[:SANCTIONS]-() },
    ATTACKS: COUNT { (a)-[:ATTACKS]-() }
  } AS degrees
}
RETURN sum(reduce(n = 0, type IN coalesce($types, keys(degrees)) | n + degrees[type])) AS degree
