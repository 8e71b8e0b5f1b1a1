// The analytics' window reads (analytics.ties, analytics.day-counts) take every value they
// need from this index: date range seek, flags and relationId (`source--TYPE--target`)
// provided by the index, so no Evidence node is read. Every Evidence carries all four.
CREATE INDEX evidence_window IF NOT EXISTS FOR (e:Evidence) ON (e.publishedAt, e.negated, e.future, e.relationId);
