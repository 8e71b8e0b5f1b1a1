/**
 * Signed, weighted alignment between two nodes from the evidence in both directions.
 *
 *   sum   = Σ evidence × Goldstein(type)      (both directions)
 *   mass  = Σ evidence × |Goldstein(type)|
 *   score = tanh(sum / SCORE_SCALE)           ∈ (−1, 1)
 *   consistency = sum / mass                  ∈ [−1, 1]
 *
 * `score` grows with the volume of evidence: one maximal event (an attack, −10) gives −0.76,
 * two give −0.96, one call for talks (+4) gives +0.38. `consistency` says how one-sided
 * the ties are whatever their volume (+1: only cooperative, −1: only conflictual).
 */
import { RELATIONS } from "../domain/relations.js";
import { goldstein, pairKey, type TypedTie } from "./ties.js";

/** The Goldstein sum at which the score reaches tanh(1) ≈ 0.76: one maximal event. */
export const SCORE_SCALE = 10;

export interface PairScore {
  /** The smaller id of the pair. */
  a: string;
  b: string;
  score: number;
  consistency: number;
  /** Σ evidence × Goldstein, both directions. */
  weightSum: number;
  evidenceCount: number;
  cooperative: number;
  neutral: number;
  conflictual: number;
}

export function scoreOf(weightSum: number): number {
  return Math.tanh(weightSum / SCORE_SCALE);
}

/** One score per unordered pair with evidence; self-ties are ignored. */
export function pairScores(ties: readonly TypedTie[]): PairScore[] {
  const byPair = new Map<string, PairScore & { mass: number }>();
  for (const tie of ties) {
    if (tie.source === tie.target || tie.evidence <= 0) continue;
    const [a, b] = pairKey(tie.source, tie.target);
    const key = `${a}\u0000${b}`;
    let pair = byPair.get(key);
    if (!pair) {
      pair = {
        a,
        b,
        score: 0,
        consistency: 0,
        weightSum: 0,
        evidenceCount: 0,
        mass: 0,
        cooperative: 0,
        neutral: 0,
        conflictual: 0,
      };
      byPair.set(key, pair);
    }
    const w = goldstein(tie.type);
    pair.weightSum += tie.evidence * w;
    pair.mass += tie.evidence * Math.abs(w);
    pair.evidenceCount += tie.evidence;
    pair[RELATIONS[tie.type].polarity] += tie.evidence;
  }
  const out: PairScore[] = [];
  for (const { mass, ...pair } of byPair.values()) {
    pair.weightSum = round(pair.weightSum);
    pair.score = round(scoreOf(pair.weightSum));
    pair.consistency = mass === 0 ? 0 : round(pair.weightSum / mass);
    out.push(pair);
  }
  return out;
}

/** Strongest first: by |score|, then by evidence, then by ids for a stable order. */
export function byStrength(x: PairScore, y: PairScore): number {
  return (
    Math.abs(y.score) - Math.abs(x.score) ||
    y.evidenceCount - x.evidenceCount ||
    x.a.localeCompare(y.a) ||
    x.b.localeCompare(y.b)
  );
}

export function round(x: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
