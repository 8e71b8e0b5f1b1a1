/** The pure parts of the Alignment, Mediation and Timeline views. */
import { describe, expect, it } from "vitest";
import { DEFAULT_STATE } from "../../../client/src/state.js";
import {
  alignmentElements,
  alignmentUrl,
  heatMatrix,
  scoreFill,
} from "../../../client/src/views/alignment-model.js";
import { chosenDyad, mediationElements, PARTY_X } from "../../../client/src/views/mediation-model.js";
import { chartBars, nextWindow, windowAt, windowIndex } from "../../../client/src/views/timeline-model.js";
import type {
  AlignmentResponse,
  MediationResponse,
  TimelineResponse,
} from "../../../server/src/contracts/analytics.js";

const party = (id: string) => ({ id, label: id, kind: "state" as const, affiliation: id });

const alignment: AlignmentResponse = {
  level: "country",
  window: { from: null, to: null },
  types: [],
  actors: [
    { ...party("ARM"), bloc: 1, evidenceCount: 10 },
    { ...party("AZE"), bloc: 0, evidenceCount: 12 },
    { ...party("TUR"), bloc: 0, evidenceCount: 3 },
  ],
  blocs: [],
  pairs: [
    {
      a: "ARM",
      b: "AZE",
      score: -0.99,
      consistency: -1,
      weightSum: -40,
      evidenceCount: 4,
      cooperative: 0,
      neutral: 0,
      conflictual: 4,
    },
    {
      a: "AZE",
      b: "TUR",
      score: 0.6,
      consistency: 1,
      weightSum: 7,
      evidenceCount: 2,
      cooperative: 2,
      neutral: 0,
      conflictual: 0,
    },
    {
      a: "ARM",
      b: "TUR",
      score: 0.01,
      consistency: 1,
      weightSum: 0.1,
      evidenceCount: 1,
      cooperative: 1,
      neutral: 0,
      conflictual: 0,
    },
  ],
  pairsTotal: 3,
  truncated: false,
  balance: { triangles: 1, balanced: 0, balancedShare: 0 },
  frustration: { negativeInside: 0, positiveAcross: 0, share: 0 },
};

describe("alignment model", () => {
  it("draws positive ties solid and negative ones dashed, dropping near-zero pairs", () => {
    const { nodes, edges } = alignmentElements(alignment);
    expect(nodes.map((n) => [n.data.id, n.data.bloc])).toEqual([
      ["ARM", 1],
      ["AZE", 0],
      ["TUR", 0],
    ]);
    expect(edges.map((e) => [e.data.id, e.classes])).toEqual([
      ["ARM~AZE", "neg"],
      ["AZE~TUR", "pos"],
    ]);
  });

  it("orders the heat map by bloc and mirrors the scores", () => {
    const m = heatMatrix(alignment);
    expect(m.ids).toEqual(["AZE", "TUR", "ARM"]);
    expect(m.scores[0]?.[2]).toBe(-0.99);
    expect(m.scores[2]?.[0]).toBe(-0.99);
    expect(m.scores[0]?.[0]).toBeNull();
    expect(scoreFill(0)).toBe("rgb(255,255,255)");
    expect(scoreFill(-1)).toBe("rgb(215,48,39)");
  });

  it("asks for the app's window and level, and types only when narrowed", () => {
    const state = {
      ...DEFAULT_STATE,
      level: "actor" as const,
      filters: { ...DEFAULT_STATE.filters, from: "2020-01-01" },
    };
    expect(alignmentUrl(state)).toBe("/api/analytics/alignment?from=2020-01-01&level=actor&limit=2000");
    const narrowed = {
      ...state,
      filters: { ...state.filters, types: ["ATTACKS" as const, "SUPPORTS" as const] },
    };
    expect(alignmentUrl(narrowed)).toContain("types=ATTACKS%2CSUPPORTS");
  });
});

describe("mediation model", () => {
  it("places the parties apart and the mediators between them, best first at the top", () => {
    const mediator = (id: string, score: number) => ({
      ...party(id),
      score,
      engagement: score,
      impartiality: 1,
      weightA: 2,
      weightB: 1,
      alignmentA: 0,
      alignmentB: 0,
      evidence: { a: [], b: [] },
    });
    const response: MediationResponse = {
      level: "country",
      window: { from: null, to: null },
      dyad: { a: party("ARM"), b: party("AZE"), conflictWeight: 20, conflictEvidence: 2, score: -0.9 },
      mediators: [mediator("RUS", 3), mediator("IRN", 1)],
    };
    const els = mediationElements(response);
    const pos = (id: string) => els.find((e) => e.data.id === id)?.position;
    expect(pos("ARM")).toEqual({ x: -PARTY_X, y: 0 });
    expect(pos("AZE")).toEqual({ x: PARTY_X, y: 0 });
    expect(pos("RUS")?.x).toBe(0);
    expect(pos("RUS")?.y ?? 0).toBeLessThan(pos("IRN")?.y ?? 0);
    expect(els.filter((e) => e.group === "edges").map((e) => e.data.id)).toEqual([
      "conflict",
      "RUS->a",
      "RUS->b",
      "IRN->a",
      "IRN->b",
    ]);
  });

  it("shows the URL's dyad, else the most conflictual one", () => {
    const dyads = {
      level: "country" as const,
      window: { from: null, to: null },
      dyads: [
        { a: party("ARM"), b: party("AZE"), conflictWeight: 1, conflictEvidence: 1, byType: {}, score: -1 },
      ],
    };
    expect(chosenDyad({ a: "FRA", b: "TUR" }, dyads)).toEqual({ a: "FRA", b: "TUR" });
    expect(chosenDyad({}, dyads)).toEqual({ a: "ARM", b: "AZE" });
    expect(chosenDyad({}, null)).toBeNull();
  });
});

describe("timeline model", () => {
  const bucket = (start: string, end: string, total: number): TimelineResponse["buckets"][number] => ({
    start,
    end,
    total,
    byPolarity: { cooperative: total, neutral: 0, conflictual: 0 },
    byType: {},
  });
  const buckets = [
    bucket("2020-09-28", "2020-10-04", 4),
    bucket("2020-10-05", "2020-10-11", 0),
    bucket("2020-10-12", "2020-10-18", 2),
  ];

  it("steps a window of `span` buckets and stops at the end", () => {
    expect(windowAt(buckets, 0, 2)).toEqual({ from: "2020-09-28", to: "2020-10-11" });
    expect(windowIndex(buckets, "2020-10-06")).toBe(1);
    expect(nextWindow(buckets, null, 2)).toEqual({ from: "2020-09-28", to: "2020-10-11" });
    expect(nextWindow(buckets, "2020-09-28", 2)).toEqual({ from: "2020-10-05", to: "2020-10-18" });
    expect(nextWindow(buckets, "2020-10-05", 2)).toBeNull();
  });

  it("stacks bars to the tallest bucket", () => {
    const bars = chartBars(buckets, 300, 100);
    expect(bars).toHaveLength(3);
    expect(bars[0]?.segments.find((s) => s.polarity === "cooperative")?.height).toBe(100);
    expect(bars[2]?.x).toBe(200);
  });
});
