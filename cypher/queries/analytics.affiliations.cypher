// Every actor's affiliation code, to fold the index-only window reads to level "country".
MATCH (a:Actor)
WHERE a.affiliation IS NOT NULL
RETURN a.id AS id, a.affiliation AS affiliation
