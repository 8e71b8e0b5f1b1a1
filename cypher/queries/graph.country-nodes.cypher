// Node data for country-level views: the state, organisation or group an affiliation code names.
UNWIND $codes AS code
CALL (code) {
  OPTIONAL MATCH (a:Actor {affiliation: code})
  RETURN a
  ORDER BY CASE a.kind WHEN 'state' THEN 0 WHEN 'igo' THEN 1 WHEN 'group' THEN 2 ELSE 3 END, size(a.id), a.id
  LIMIT 1
}
RETURN code AS id,
  CASE WHEN a.kind IN ['state', 'igo', 'group'] THEN a.name ELSE code END AS label,
  CASE WHEN a.kind IN ['state', 'igo', 'group'] THEN a.kind WHEN a.kind = 'ngo' OR a.kind = 'media' THEN a.kind ELSE 'state' END AS kind,
  code AS affiliation
