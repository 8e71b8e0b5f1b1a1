import { describe, expect, it } from "vitest";
import { conflictualDyads } from "../../../server/src/analytics/dyads.js";
import { rankMediators } from "../../../server/src/analytics/mediation.js";
import { byStrength, pairScores } from "../../../server/src/analytics/pair-scores.js";
import type { TypedTie } from "../../../server/src/analytics/ties.js";

const tie = (source: string, type: TypedTie["type"], target: string, evidence = 1): TypedTie => ({
  source,
  target,
  type,
  evidence,
});

describe("pairScores", () => {
  it("folds both directions onto one pair and scores tanh(Σ Goldstein / 10)", () => {
    const [pair, ...rest] = pairScores([tie("ARM", "ATTACKS", "AZE"), tie("AZE", "ATTACKS", "ARM", 2)]);
    expect(rest).toEqual([]);
    expect(pair).toMatchObject({ a: "ARM", b: "AZE", weightSum: -30, evidenceCount: 3, conflictual: 3 });
    expect(pair?.score).toBeCloseTo(Math.tanh(-3), 4);
    expect(pair?.consistency).toBe(-1);
  });

  it("is bounded and grows with the volume of evidence", () => {
    const one = pairScores([tie("a", "CALLS_FOR_TALKS", "b")])[0]?.score ?? 0;
    const ten = pairScores([tie("a", "CALLS_FOR_TALKS", "b", 10)])[0]?.score ?? 0;
    expect(one).toBeCloseTo(Math.tanh(0.4), 4);
    expect(ten).toBeGreaterThan(one);
    expect(ten).toBeLessThanOrEqual(1);
  });

  it("weighs mixed evidence: consistency is the signed share of the Goldstein mass", () => {
    const [pair] = pairScores([tie("a", "SUPPORTS", "b"), tie("b", "CONDEMNS", "a")]);
    // +3.5 − 2.0 = 1.5 over a mass of 5.5
    expect(pair?.weightSum).toBe(1.5);
    expect(pair?.consistency).toBeCloseTo(1.5 / 5.5, 4);
    expect(pair).toMatchObject({ cooperative: 1, conflictual: 1, neutral: 0 });
  });

  it("ignores self-ties and sorts strongest first", () => {
    const pairs = pairScores([
      tie("a", "TALKS_WITH", "b"),
      tie("c", "ATTACKS", "d"),
      tie("e", "ATTACKS", "e"),
    ]).sort(byStrength);
    expect(pairs.map((p) => `${p.a}-${p.b}`)).toEqual(["c-d", "a-b"]);
  });
});

describe("conflictualDyads", () => {
  it("ranks pairs by conflictual weight only", () => {
    const dyads = conflictualDyads([
      tie("ARM", "ATTACKS", "AZE"),
      tie("AZE", "DEMANDS", "ARM"),
      tie("FRA", "ACCUSES", "TUR"),
      tie("TUR", "SUPPORTS", "AZE"),
    ]);
    expect(dyads.map((d) => [d.a, d.b, d.conflictWeight])).toEqual([
      ["ARM", "AZE", 15],
      ["FRA", "TUR", 2],
    ]);
    expect(dyads[0]?.byType).toEqual({ ATTACKS: 1, DEMANDS: 1 });
  });
});

describe("rankMediators", () => {
  const parties = ["ARM", "AZE"] as const;
  const ties = [
    tie("ARM", "ATTACKS", "AZE"),
    // Russia: talks to both and offers to host talks.
    tie("RUS", "TALKS_WITH", "ARM"),
    tie("AZE", "TALKS_WITH", "RUS"),
    tie("RUS", "OFFERS_MEDIATION", "ARM"),
    tie("RUS", "OFFERS_MEDIATION", "AZE"),
    // The EU: appeals to both.
    tie("EU", "CALLS_FOR_CEASEFIRE", "ARM"),
    tie("EU", "CALLS_FOR_CEASEFIRE", "AZE"),
    // Turkey: backs one side only, calls on the other.
    tie("TUR", "SUPPORTS", "AZE", 3),
    tie("TUR", "CALLS_FOR_TALKS", "ARM"),
    // Iran: talks to one side only.
    tie("IRN", "TALKS_WITH", "ARM"),
    // A directed appeal made by a party to a third party does not make the third a mediator.
    tie("ARM", "CALLS_FOR_TALKS", "USA"),
    tie("USA", "CALLS_FOR_TALKS", "AZE"),
  ];

  it("keeps third parties with mediating ties to both sides, engaged and impartial first", () => {
    const ranked = rankMediators(ties, parties);
    expect(ranked.map((m) => m.id)).toEqual(["RUS", "EU"]);
    const rus = ranked[0];
    expect(rus).toMatchObject({ weightA: 3, weightB: 3, engagement: 3, impartiality: 1 });
    expect(ranked[1]).toMatchObject({ weightA: 1, weightB: 1, score: 1 });
  });

  it("discounts a partial mediator", () => {
    const ranked = rankMediators([...ties, tie("TUR", "CALLS_FOR_CEASEFIRE", "AZE")], parties);
    const tur = ranked.find((m) => m.id === "TUR");
    // Its alignment with AZE (tanh(10.2 / 10)) is far above that with ARM (tanh(0.4)).
    expect(tur?.impartiality).toBeCloseTo(1 - (Math.tanh(1.02) - Math.tanh(0.4)) / 2, 3);
    expect(ranked.find((m) => m.id === "EU")?.impartiality).toBe(1);
    expect(tur?.score).toBeLessThan(tur?.engagement ?? 0);
  });

  it("never ranks the parties themselves", () => {
    expect(rankMediators(ties, parties).some((m) => m.id === "ARM" || m.id === "AZE")).toBe(false);
  });
});
