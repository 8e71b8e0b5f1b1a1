/**
 * The extraction pipeline with the built-in gazetteers, the dated office-holder table
 * and the relation rules: `extract(article)` → actors, relations with evidence, warnings.
 */
import type { ArticleInput, ExtractionResult } from "../domain/extraction.js";
import { createExtractor } from "./extractor.js";
import { OFFICE_HOLDERS } from "./gazetteer/people.js";

/** Pure and deterministic; bad input yields warnings, never an exception. */
export const extract: (input: ArticleInput) => ExtractionResult = createExtractor({
  officeHolders: OFFICE_HOLDERS,
});

export { createExtractor } from "./extractor.js";
