/**
 * What the extractor produces for one article: actors, relations between them (by actor
 * id), each with the evidence that supports it, and warnings instead of exceptions.
 */
import type { Actor } from "./actors.js";
import type { RelationType } from "./relations.js";

export interface ArticleInput {
  text: string;
  /** YYYY-MM-DD; picks which office holders speak for a state. */
  publishedAt?: string;
  /** Set when `text` is HTML to be stripped. */
  html?: boolean;
}

export interface Evidence {
  /** The sentence as it stands in the normalised text. */
  sentence: string;
  /** Character offsets of the sentence in the normalised text: [start, end). */
  start: number;
  end: number;
  /** The words that triggered the rule, as they appear in the sentence. */
  trigger: string;
  /** The relation sits inside a direct quotation. */
  quote: boolean;
  /** Actor id of the one who reports the relation second-hand ("X said Y backs Z" → X). */
  speaker?: string;
  negated: boolean;
  /** Future, planned, conditional or hypothetical. */
  future: boolean;
  /** In [0, 1]. */
  confidence: number;
  /** The id of the rule that produced the relation. */
  rule: string;
}

export interface ExtractedRelation {
  source: string;
  type: RelationType;
  target: string;
  evidence: Evidence;
}

export interface ExtractionResult {
  /** The normalised text that evidence offsets refer to. */
  text: string;
  actors: Actor[];
  relations: ExtractedRelation[];
  warnings: string[];
}
