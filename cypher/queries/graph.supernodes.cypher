// Which of these actors are supernodes: more relationships (of any kind: a degree-store lookup,
// no relationship is read) than a ring beyond the first may expand through.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
WITH a, COUNT { (a)--() } AS degree
WHERE degree > $maxDegree
RETURN a.id AS id
