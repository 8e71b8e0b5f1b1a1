/**
 * Mediators of a dyad (a, b): third parties with mediating ties to both sides.
 *
 * A mediating tie is mediator → party of type MEDIATES, OFFERS_MEDIATION, CALLS_FOR_TALKS,
 * CALLS_FOR_CEASEFIRE, or TALKS_WITH in either direction (it is symmetric). Each piece of
 * evidence counts with its MEDIATION_WEIGHT, so that weightA and weightB are the mediator's
 * engagement with each side, and
 *
 *   engagement   = √(weightA × weightB)            (0 unless both sides are reached)
 *   impartiality = 1 − |alignmentA − alignmentB| / 2 (alignment over all evidence types)
 *   score        = engagement × impartiality
 *
 * so a mediator who talks to both sides evenly ranks above one who mostly backs one side.
 */
import { RELATIONS, type RelationType } from "../domain/relations.js";
import { round, scoreOf } from "./pair-scores.js";
import { goldstein, type TypedTie } from "./ties.js";

/** How much one piece of evidence of each mediating type says "this actor mediates". */
export const MEDIATION_WEIGHT: Readonly<Partial<Record<RelationType, number>>> = {
  MEDIATES: 3,
  OFFERS_MEDIATION: 2,
  CALLS_FOR_TALKS: 1.5,
  CALLS_FOR_CEASEFIRE: 1,
  TALKS_WITH: 1,
};

export const MEDIATING_TYPES = Object.keys(MEDIATION_WEIGHT) as RelationType[];

export interface MediatorScore {
  id: string;
  score: number;
  engagement: number;
  impartiality: number;
  weightA: number;
  weightB: number;
  /** Alignment score of the mediator with each party (all evidence types). */
  alignmentA: number;
  alignmentB: number;
}

/** The party a mediating tie reaches from a third party, or undefined when the tie does not mediate. */
export function mediatedParty(
  tie: Pick<TypedTie, "source" | "target" | "type">,
  parties: readonly [string, string],
): { mediator: string; party: string } | undefined {
  const weight = MEDIATION_WEIGHT[tie.type];
  if (weight === undefined) return undefined;
  const [a, b] = parties;
  const isParty = (x: string) => x === a || x === b;
  if (isParty(tie.target) && !isParty(tie.source)) return { mediator: tie.source, party: tie.target };
  if (RELATIONS[tie.type].symmetric && isParty(tie.source) && !isParty(tie.target))
    return { mediator: tie.target, party: tie.source };
  return undefined;
}

/** Ranks the third parties of `ties` (evidence touching a or b) as mediators of (a, b). */
export function rankMediators(
  ties: readonly TypedTie[],
  parties: readonly [string, string],
): MediatorScore[] {
  const [a, b] = parties;
  const stats = new Map<string, { weightA: number; weightB: number; sumA: number; sumB: number }>();
  const of = (id: string) => {
    let s = stats.get(id);
    if (!s) {
      s = { weightA: 0, weightB: 0, sumA: 0, sumB: 0 };
      stats.set(id, s);
    }
    return s;
  };
  for (const tie of ties) {
    const touchesA = tie.source === a || tie.target === a;
    const touchesB = tie.source === b || tie.target === b;
    if (touchesA === touchesB) continue; // the dyad itself, or unrelated
    const other = tie.source === a || tie.source === b ? tie.target : tie.source;
    const s = of(other);
    if (touchesA) s.sumA += tie.evidence * goldstein(tie.type);
    else s.sumB += tie.evidence * goldstein(tie.type);
    const mediated = mediatedParty(tie, parties);
    if (!mediated) continue;
    const w = tie.evidence * (MEDIATION_WEIGHT[tie.type] ?? 0);
    if (mediated.party === a) s.weightA += w;
    else s.weightB += w;
  }
  const out: MediatorScore[] = [];
  for (const [id, s] of stats) {
    if (s.weightA <= 0 || s.weightB <= 0) continue;
    const alignmentA = scoreOf(s.sumA);
    const alignmentB = scoreOf(s.sumB);
    const engagement = Math.sqrt(s.weightA * s.weightB);
    const impartiality = 1 - Math.abs(alignmentA - alignmentB) / 2;
    out.push({
      id,
      score: round(engagement * impartiality),
      engagement: round(engagement),
      impartiality: round(impartiality),
      weightA: round(s.weightA),
      weightB: round(s.weightB),
      alignmentA: round(alignmentA),
      alignmentB: round(alignmentB),
    });
  }
  return out.sort((x, y) => y.score - x.score || x.id.localeCompare(y.id));
}
