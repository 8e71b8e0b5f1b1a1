// Country-level window reads (analytics.country-ties) take every value from this index: date
// range seek, flags, and the tie folded to affiliation codes. Every Evidence carries its source's
// and target's affiliation (actors keep the affiliation they were created with).
CREATE INDEX evidence_country_window IF NOT EXISTS FOR (e:Evidence) ON (e.publishedAt, e.negated, e.future, e.sourceCode, e.type, e.targetCode);
