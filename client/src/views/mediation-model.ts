/**
 * Pure shaping of /api/analytics/mediation for drawing: the two parties placed apart, the
 * mediators between them by rank, each tied to both sides; positions are preset.
 */
import type { DyadsResponse, MediationResponse } from "../../../server/src/contracts/analytics.js";
import type { AppState } from "../state.js";
import { analyticsQuery } from "./alignment-model.js";

export const PARTY_X = 220;
export const ROW_GAP = 58;

export function dyadsUrl(state: AppState): string {
  return `/api/analytics/dyads${analyticsQuery({ ...state, filters: { ...state.filters, types: [] } }, { limit: 15 })}`;
}

export function mediationUrl(state: AppState, a: string, b: string): string {
  return `/api/analytics/mediation${analyticsQuery({ ...state, filters: { ...state.filters, types: [] } }, { a, b, limit: 15, evidencePerSide: 5 })}`;
}

/** The dyad the view shows: the URL's, else the most conflictual one. */
export function chosenDyad(
  params: Record<string, string>,
  dyads: DyadsResponse | null,
): { a: string; b: string } | null {
  if (params.a && params.b) return { a: params.a, b: params.b };
  const top = dyads?.dyads[0];
  return top ? { a: top.a.id, b: top.b.id } : null;
}

export interface PlacedElement {
  group: "nodes" | "edges";
  data: Record<string, string | number>;
  position?: { x: number; y: number };
  classes?: string;
}

export function mediationElements(response: MediationResponse): PlacedElement[] {
  const { dyad, mediators } = response;
  const top = Math.max(1e-9, ...mediators.map((m) => m.score));
  const maxSide = Math.max(1e-9, ...mediators.flatMap((m) => [m.weightA, m.weightB]));
  const out: PlacedElement[] = [
    {
      group: "nodes",
      data: { id: dyad.a.id, label: dyad.a.label, size: 54 },
      position: { x: -PARTY_X, y: 0 },
      classes: "party",
    },
    {
      group: "nodes",
      data: { id: dyad.b.id, label: dyad.b.label, size: 54 },
      position: { x: PARTY_X, y: 0 },
      classes: "party",
    },
  ];
  if (dyad.conflictEvidence > 0)
    out.push({
      group: "edges",
      data: {
        id: "conflict",
        source: dyad.a.id,
        target: dyad.b.id,
        width: 3,
        label: `conflict ${dyad.conflictWeight} (${dyad.conflictEvidence} statements)`,
      },
      classes: "conflict",
    });
  mediators.forEach((m, i) => {
    // A column above the parties' axis, best first at the top; the conflict runs along the axis.
    const y = -(mediators.length - i) * ROW_GAP;
    out.push({
      group: "nodes",
      data: {
        id: m.id,
        label: `${m.label} · ${m.score.toFixed(2)}`,
        size: Math.round(20 + 26 * (m.score / top)),
      },
      position: { x: 0, y },
      classes: "mediator",
    });
    for (const [side, party, weight] of [
      ["a", dyad.a.id, m.weightA],
      ["b", dyad.b.id, m.weightB],
    ] as const) {
      out.push({
        group: "edges",
        data: {
          id: `${m.id}->${side}`,
          source: m.id,
          target: party,
          width: Math.round((1 + 6 * (weight / maxSide)) * 10) / 10,
          label: String(weight),
        },
        classes: "tie",
      });
    }
  });
  return out;
}
