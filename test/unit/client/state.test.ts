import { describe, expect, it } from "vitest";
import { DEFAULT_STATE, historyOf, record, reduce, undo } from "../../../client/src/state.js";
import { RELATION_TYPES, relationTypesOf } from "../../../server/src/domain/relations.js";

describe("reduce", () => {
  it("toggles one relation type and keeps the canonical order", () => {
    const off = reduce(DEFAULT_STATE, { type: "toggleType", relation: "ACCUSES" });
    expect(off.filters.types).not.toContain("ACCUSES");
    const on = reduce(off, { type: "toggleType", relation: "ACCUSES" });
    expect(on.filters.types).toEqual([...RELATION_TYPES]);
  });

  it("switches a polarity group off and on", () => {
    const off = reduce(DEFAULT_STATE, { type: "setGroup", polarity: "conflictual", on: false });
    for (const t of relationTypesOf("conflictual")) expect(off.filters.types).not.toContain(t);
    expect(off.filters.types).toContain("TALKS_WITH");
    expect(reduce(off, { type: "setGroup", polarity: "conflictual", on: true }).filters.types).toEqual([
      ...RELATION_TYPES,
    ]);
  });

  it("focusing an actor selects it, clears expansions and may switch level", () => {
    const expanded = reduce(DEFAULT_STATE, { type: "expand", id: "armenia" });
    const s = reduce(expanded, { type: "focus", id: "sergey-lavrov", level: "actor" });
    expect(s).toMatchObject({ focus: "sergey-lavrov", level: "actor", expanded: [] });
    expect(s.selected).toEqual({ kind: "node", id: "sergey-lavrov" });
  });

  it("changing level drops what pointed at the other level's ids", () => {
    let s = reduce(DEFAULT_STATE, { type: "focus", id: "russia", level: "actor" });
    s = reduce(s, { type: "togglePin", id: "russia" });
    s = reduce(s, { type: "hide", id: "armenia" });
    const c = reduce(s, { type: "setLevel", level: "country" });
    expect(c).toMatchObject({ level: "country", focus: null, pinned: [], hidden: [], selected: null });
    expect(reduce(c, { type: "setLevel", level: "country" })).toBe(c);
  });

  it("hiding a node unpins and deselects it; showAll brings hidden nodes back", () => {
    let s = reduce(DEFAULT_STATE, { type: "togglePin", id: "turkey" });
    s = reduce(s, { type: "select", selection: { kind: "node", id: "turkey" } });
    s = reduce(s, { type: "hide", id: "turkey" });
    expect(s).toMatchObject({ hidden: ["turkey"], pinned: [], selected: null });
    expect(reduce(s, { type: "showAll" }).hidden).toEqual([]);
  });

  it("orders swapped dates and clamps thresholds", () => {
    const s = reduce(DEFAULT_STATE, { type: "setDates", from: "2020-12-01", to: "2020-10-01" });
    expect(s.filters).toMatchObject({ from: "2020-10-01", to: "2020-12-01" });
    expect(reduce(s, { type: "setMinConfidence", value: 3 }).filters.minConfidence).toBe(1);
    expect(reduce(s, { type: "setMinEvidence", value: 0 }).filters.minEvidence).toBe(1);
    expect(reduce(s, { type: "setDepth", depth: 9 }).depth).toBe(3);
  });

  it("refuses a path from an actor to itself", () => {
    expect(reduce(DEFAULT_STATE, { type: "findPath", from: "a", to: "a" })).toBe(DEFAULT_STATE);
    expect(reduce(DEFAULT_STATE, { type: "findPath", from: "a", to: "b" }).path).toEqual({
      from: "a",
      to: "b",
    });
  });

  it("never mutates the state it is given", () => {
    const frozen = structuredClone(DEFAULT_STATE);
    reduce(DEFAULT_STATE, { type: "toggleType", relation: "ATTACKS" });
    reduce(DEFAULT_STATE, { type: "expand", id: "x" });
    reduce(DEFAULT_STATE, { type: "setViewParam", key: "k", value: "v" });
    expect(DEFAULT_STATE).toEqual(frozen);
  });
});

describe("history", () => {
  it("undo walks back through undoable actions only", () => {
    let h = historyOf(DEFAULT_STATE);
    h = record(h, { type: "expand", id: "armenia" });
    h = record(h, { type: "select", selection: { kind: "node", id: "armenia" } });
    h = record(h, { type: "hide", id: "turkey" });
    expect(h.past).toHaveLength(2);
    h = undo(h);
    expect(h.present.hidden).toEqual([]);
    expect(h.present.expanded).toEqual(["armenia"]);
    h = undo(h);
    expect(h.present).toEqual(DEFAULT_STATE);
    expect(undo(h)).toBe(h);
  });

  it("does not record an action that changes nothing", () => {
    const h = historyOf(DEFAULT_STATE);
    expect(record(h, { type: "showAll" })).toBe(h);
    expect(record(h, { type: "clearPath" })).toBe(h);
  });
});
