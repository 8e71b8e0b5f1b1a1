/** Shared helpers for extraction tests: an extractor on the small test table, and readable relation lookups. */
import type { ExtractionResult } from "../../../server/src/domain/extraction.js";
import { createExtractor } from "../../../server/src/extraction/extractor.js";
import { TEST_OFFICE_HOLDERS } from "../../fixtures/extraction/office-holders.js";

export const extractForTest = createExtractor({
  officeHolders: TEST_OFFICE_HOLDERS,
  defaultDate: "2020-10-01",
});

export interface FoundRelation {
  source: string;
  type: string;
  target: string;
  rule: string;
  negated: boolean;
  future: boolean;
  quote: boolean;
  speaker?: string;
}

/** Relations with actor names in place of ids. */
export function named(result: ExtractionResult): FoundRelation[] {
  const name = (id: string) => result.actors.find((a) => a.id === id)?.name ?? id;
  return result.relations.map((r) => ({
    source: name(r.source),
    type: r.type,
    target: name(r.target),
    rule: r.evidence.rule,
    negated: r.evidence.negated,
    future: r.evidence.future,
    quote: r.evidence.quote,
    ...(r.evidence.speaker ? { speaker: name(r.evidence.speaker) } : {}),
  }));
}

export function run(text: string, publishedAt = "2020-10-01"): FoundRelation[] {
  return named(extractForTest({ text, publishedAt }));
}
