// States of the article join the organisations they belong to (organisations already upserted).
UNWIND $memberships AS membership
MATCH (state:State {id: membership.stateId})
MATCH (organisation:Organisation {id: membership.organisationId})
MERGE (state)-[:MEMBER_OF]->(organisation)
