import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LAYOUT_IDS } from "../../../client/src/graph/layout-ids.js";
import { type AppState, DEFAULT_STATE, LEVELS, reduce } from "../../../client/src/state.js";
import { decodeState, encodeState } from "../../../client/src/url.js";
import { RELATION_TYPES } from "../../../server/src/domain/relations.js";

const slug = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/).filter((s) => s.length > 0 && s.length < 30);
const date = fc
  .date({ min: new Date("2000-01-01"), max: new Date("2030-12-31"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const stateArb: fc.Arbitrary<AppState> = fc.record({
  view: fc.constantFrom("network", "alignment", "timeline"),
  level: fc.constantFrom(...LEVELS),
  focus: fc.option(slug, { nil: null }),
  depth: fc.integer({ min: 1, max: 3 }),
  expanded: fc.uniqueArray(slug, { maxLength: 4 }),
  hidden: fc.uniqueArray(slug, { maxLength: 4 }),
  pinned: fc.uniqueArray(slug, { maxLength: 4 }),
  filters: fc.record({
    types: fc.subarray([...RELATION_TYPES]),
    from: fc.option(date, { nil: null }),
    to: fc.option(date, { nil: null }),
    minEvidence: fc.integer({ min: 1, max: 50 }),
    minConfidence: fc.integer({ min: 0, max: 20 }).map((n) => n / 20),
  }),
  layout: fc.constantFrom(...LAYOUT_IDS),
  path: fc.option(fc.record({ from: slug, to: slug }), { nil: null }),
  selected: fc.option(
    fc.record({
      kind: fc.constantFrom("node" as const, "edge" as const),
      id: fc.oneof(slug, fc.constant("a--ACCUSES--b")),
    }),
    { nil: null },
  ),
  article: fc.option(fc.stringMatching(/^[0-9a-f]{16}$/), { nil: null }),
  viewParams: fc.dictionary(fc.stringMatching(/^[a-z]{1,8}$/), fc.string({ minLength: 1, maxLength: 12 }), {
    maxKeys: 3,
  }),
});

describe("URL ⇄ state", () => {
  it("the default state is the bare address", () => {
    expect(encodeState(DEFAULT_STATE)).toBe("");
    expect(decodeState("")).toEqual(DEFAULT_STATE);
  });

  it("decoding an encoded state gives it back exactly", () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        expect(decodeState(encodeState(state))).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });

  it("writes unticked types, not ticked ones", () => {
    const s = reduce(DEFAULT_STATE, { type: "toggleType", relation: "ACCUSES" });
    expect(encodeState(s)).toBe("?off=ACCUSES");
  });

  it("falls back to defaults on malformed values", () => {
    const s = decodeState(
      "?level=planet&depth=x&from=yesterday&layout=spiral&off=NOPE&minConfidence=7&sel=zz",
    );
    expect(s).toEqual({ ...DEFAULT_STATE, filters: { ...DEFAULT_STATE.filters, minConfidence: 1 } });
  });
});
