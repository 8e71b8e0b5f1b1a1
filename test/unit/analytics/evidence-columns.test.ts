import { describe, expect, it } from "vitest";
import {
  dayNumber,
  type EvidenceColumns,
  EvidenceColumnsBuilder,
  type EvidenceWindow,
} from "../../../server/src/analytics/evidence-columns.js";
import type { TypedTie } from "../../../server/src/analytics/ties.js";
import type { DayCount } from "../../../server/src/analytics/timeline.js";
import { RELATION_TYPES } from "../../../server/src/domain/relations.js";

const AFFILIATION = new Map([
  ["armenia", "ARM"],
  ["pashinyan", "ARM"],
  ["azerbaijan", "AZE"],
  ["aliyev", "AZE"],
  ["russia", "RUS"],
  ["putin", "RUS"],
]);

/** [day, source, type, target, negated?, future?] in day order. */
type Row = [string, string, string, string, boolean?, boolean?];
const ROWS: Row[] = [
  ["2020-09-27", "azerbaijan", "ATTACKS", "armenia"],
  ["2020-09-27", "aliyev", "ACCUSES", "pashinyan"],
  ["2020-09-27", "pashinyan", "ACCUSES", "aliyev"],
  ["2020-09-28", "azerbaijan", "ATTACKS", "armenia"],
  ["2020-09-28", "pashinyan", "SUPPORTS", "armenia"],
  ["2020-09-30", "putin", "CALLS_FOR_CEASEFIRE", "armenia"],
  ["2020-09-30", "putin", "CALLS_FOR_CEASEFIRE", "azerbaijan"],
  ["2020-09-30", "russia", "THREATENS", "azerbaijan", false, true],
  ["2020-10-01", "aliyev", "ATTACKS", "pashinyan", true],
  ["2020-10-01", "armenia", "NOT_A_TYPE", "russia"],
  ["2020-10-02", "stranger", "TALKS_WITH", "putin"],
];

function columns(rows: Row[] = ROWS): EvidenceColumns {
  const b = new EvidenceColumnsBuilder();
  for (const [day, s, type, t, negated = false, future = false] of rows)
    b.add(dayNumber(day), `${s}--${type}--${t}`, negated, future);
  return b.build(AFFILIATION);
}

const all: EvidenceWindow = {
  from: "0001-01-01",
  to: "9999-12-31",
  level: "actor",
  types: RELATION_TYPES,
  assertedOnly: true,
};
const sorted = (ties: TypedTie[]) =>
  ties.map((t) => `${t.source} ${t.type} ${t.target} ${t.evidence}`).sort((a, b) => a.localeCompare(b));
const days = (rows: DayCount[]) =>
  rows.map((r) => `${r.day} ${r.type} ${r.evidence}`).sort((a, b) => a.localeCompare(b));

describe("evidence columns", () => {
  it("count asserted statements per directed, typed tie between actors, skipping unknown types", () => {
    const c = columns();
    expect(c.size).toBe(10);
    expect(sorted(c.ties(all))).toEqual([
      "aliyev ACCUSES pashinyan 1",
      "azerbaijan ATTACKS armenia 2",
      "pashinyan ACCUSES aliyev 1",
      "pashinyan SUPPORTS armenia 1",
      "putin CALLS_FOR_CEASEFIRE armenia 1",
      "putin CALLS_FOR_CEASEFIRE azerbaijan 1",
      "stranger TALKS_WITH putin 1",
    ]);
  });

  it("keep negated and future statements when not asked for asserted ones only", () => {
    const ties = sorted(columns().ties({ ...all, assertedOnly: false }));
    expect(ties).toContain("aliyev ATTACKS pashinyan 1");
    expect(ties).toContain("russia THREATENS azerbaijan 1");
  });

  it("fold actors into affiliation codes at country level, dropping self-ties and actors without a code", () => {
    expect(sorted(columns().ties({ ...all, level: "country" }))).toEqual([
      "ARM ACCUSES AZE 1",
      "AZE ACCUSES ARM 1",
      "AZE ATTACKS ARM 2",
      "RUS CALLS_FOR_CEASEFIRE ARM 1",
      "RUS CALLS_FOR_CEASEFIRE AZE 1",
    ]);
  });

  it("include both ends of the window and nothing outside it", () => {
    const c = columns();
    const w = { ...all, level: "country" as const, from: "2020-09-28", to: "2020-09-30" };
    expect(sorted(c.ties(w))).toEqual([
      "AZE ATTACKS ARM 1",
      "RUS CALLS_FOR_CEASEFIRE ARM 1",
      "RUS CALLS_FOR_CEASEFIRE AZE 1",
    ]);
    expect(c.ties({ ...w, from: "2020-09-29", to: "2020-09-29" })).toEqual([]);
    expect(c.ties({ ...w, from: "2021-01-01", to: "2021-12-31" })).toEqual([]);
    expect(c.ties({ ...w, from: "2019-01-01", to: "2020-09-26" })).toEqual([]);
  });

  it("keep only the selected types", () => {
    expect(sorted(columns().ties({ ...all, types: ["ATTACKS", "TALKS_WITH"] }))).toEqual([
      "azerbaijan ATTACKS armenia 2",
      "stranger TALKS_WITH putin 1",
    ]);
  });

  it("read the ties touching a party's members, folded to the level", () => {
    const c = columns();
    expect(sorted(c.partyTies({ ...all, level: "country" }, ["putin", "russia"]))).toEqual([
      "RUS CALLS_FOR_CEASEFIRE ARM 1",
      "RUS CALLS_FOR_CEASEFIRE AZE 1",
    ]);
    expect(sorted(c.partyTies(all, ["pashinyan"]))).toEqual([
      "aliyev ACCUSES pashinyan 1",
      "pashinyan ACCUSES aliyev 1",
      "pashinyan SUPPORTS armenia 1",
    ]);
  });

  it("count per day and type: everything, one party, or the evidence between two", () => {
    const c = columns();
    const country = { ...all, level: "country" as const };
    expect(days(c.dayCounts(country))).toEqual([
      "2020-09-27 ACCUSES 2",
      "2020-09-27 ATTACKS 1",
      "2020-09-28 ATTACKS 1",
      "2020-09-30 CALLS_FOR_CEASEFIRE 2",
    ]);
    const russia = { party: "RUS", memberIds: ["russia", "putin"], other: null };
    expect(days(c.dayCounts(country, russia))).toEqual(["2020-09-30 CALLS_FOR_CEASEFIRE 2"]);
    expect(days(c.dayCounts(country, { ...russia, other: "ARM" }))).toEqual([
      "2020-09-30 CALLS_FOR_CEASEFIRE 1",
    ]);
    expect(days(c.dayCounts(all, { party: "putin", memberIds: ["putin"], other: null }))).toEqual([
      "2020-09-30 CALLS_FOR_CEASEFIRE 2",
      "2020-10-02 TALKS_WITH 1",
    ]);
  });

  it("name the actor-level relations between two sets of nodes, either way for the given types", () => {
    const c = columns();
    const w = { ...all, level: "country" as const, assertedOnly: false };
    expect(c.relationIds(w, ["RUS"], ["ARM", "AZE"], []).sort()).toEqual([
      "putin--CALLS_FOR_CEASEFIRE--armenia",
      "putin--CALLS_FOR_CEASEFIRE--azerbaijan",
      "russia--THREATENS--azerbaijan",
    ]);
    expect(c.relationIds({ ...w, assertedOnly: true }, ["RUS"], ["AZE"], [])).toEqual([
      "putin--CALLS_FOR_CEASEFIRE--azerbaijan",
    ]);
    expect(c.relationIds(w, ["ARM"], ["AZE"], [])).toEqual(["pashinyan--ACCUSES--aliyev"]);
    expect(c.relationIds(w, ["ARM"], ["AZE"], ["ACCUSES"]).sort()).toEqual([
      "aliyev--ACCUSES--pashinyan",
      "pashinyan--ACCUSES--aliyev",
    ]);
    expect(c.relationIds({ ...w, from: "2020-10-01" }, ["RUS"], ["ARM", "AZE"], [])).toEqual([]);
  });

  it("refuse statements out of day order", () => {
    const b = new EvidenceColumnsBuilder();
    b.add(dayNumber("2020-10-02"), "a--ATTACKS--b", false, false);
    expect(() => b.add(dayNumber("2020-10-01"), "a--ATTACKS--b", false, false)).toThrow(/day order/);
  });

  it("answer an empty window on empty columns", () => {
    expect(new EvidenceColumnsBuilder().build(new Map()).ties(all)).toEqual([]);
  });
});
