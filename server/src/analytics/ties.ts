/**
 * The input every analysis starts from: evidence counted per directed, typed tie between
 * two graph nodes (actor ids at actor level, affiliation codes at country level).
 */
import { RELATIONS, type RelationType } from "../domain/relations.js";

export interface TypedTie {
  source: string;
  target: string;
  type: RelationType;
  /** Evidence statements backing this tie in the window. */
  evidence: number;
}

/** The Goldstein value of one piece of evidence of this type (shared/ontology.md). */
export function goldstein(type: RelationType): number {
  return RELATIONS[type].goldstein;
}

/** The unordered key of a pair: the smaller id first, so both directions land on one pair. */
export function pairKey(x: string, y: string): [string, string] {
  return x < y ? [x, y] : [y, x];
}
