// One node per affiliation code: named after its state (else organisation, else group,
// else any member), with the ids of every actor folded into it.
MATCH (a:Actor)
WHERE a.affiliation IN $codes
WITH a.affiliation AS code, a
ORDER BY CASE a.kind WHEN 'state' THEN 0 WHEN 'igo' THEN 1 WHEN 'group' THEN 2 ELSE 3 END, a.name
WITH code, collect(a) AS members
RETURN code AS id, members[0].name AS name, members[0].kind AS kind, code AS affiliation,
       [m IN members | m.id] AS memberIds
