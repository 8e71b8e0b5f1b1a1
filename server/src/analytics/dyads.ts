/**
 * Conflictual dyads: unordered pairs joined by conflictual evidence (ATTACKS, THREATENS,
 * SANCTIONS, DEMANDS, WARNS, REJECTS, CONDEMNS, ACCUSES), ranked by conflict weight =
 * Σ evidence × |Goldstein| over those types, both directions.
 */
import { RELATIONS, type RelationType } from "../domain/relations.js";
import { type PairScore, pairScores, round } from "./pair-scores.js";
import { goldstein, pairKey, type TypedTie } from "./ties.js";

export interface Dyad {
  a: string;
  b: string;
  conflictWeight: number;
  conflictEvidence: number;
  /** Conflictual evidence per type, both directions. */
  byType: Partial<Record<RelationType, number>>;
  /** The pair's alignment over all evidence types (see pair-scores). */
  score: number;
}

export function isConflictual(type: RelationType): boolean {
  return RELATIONS[type].polarity === "conflictual";
}

export function conflictualDyads(ties: readonly TypedTie[]): Dyad[] {
  const scores = new Map<string, PairScore>(pairScores(ties).map((p) => [`${p.a}\u0000${p.b}`, p]));
  const dyads = new Map<string, Dyad>();
  for (const tie of ties) {
    if (tie.source === tie.target || !isConflictual(tie.type)) continue;
    const [a, b] = pairKey(tie.source, tie.target);
    const key = `${a}\u0000${b}`;
    let dyad = dyads.get(key);
    if (!dyad) {
      dyad = { a, b, conflictWeight: 0, conflictEvidence: 0, byType: {}, score: scores.get(key)?.score ?? 0 };
      dyads.set(key, dyad);
    }
    dyad.conflictWeight += tie.evidence * Math.abs(goldstein(tie.type));
    dyad.conflictEvidence += tie.evidence;
    dyad.byType[tie.type] = (dyad.byType[tie.type] ?? 0) + tie.evidence;
  }
  return [...dyads.values()]
    .map((d) => ({ ...d, conflictWeight: round(d.conflictWeight) }))
    .sort(
      (x, y) =>
        y.conflictWeight - x.conflictWeight ||
        y.conflictEvidence - x.conflictEvidence ||
        x.a.localeCompare(y.a) ||
        x.b.localeCompare(y.b),
    );
}
