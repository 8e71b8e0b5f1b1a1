import { describe, expect, it } from "vitest";
import { OFFICES, type OfficeHolder } from "../../../server/src/extraction/gazetteer/office-holder.js";
import { OFFICE_HOLDERS } from "../../../server/src/extraction/gazetteer/people.js";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
// Upper case, digits allowed after the first letter for group codes such as M23 (as in contracts/graph.ts).
const AFFILIATION = /^[A-Z][A-Z0-9_]{1,15}$/;

function isValidDate(s: string): boolean {
  if (!DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function label(e: OfficeHolder): string {
  return `${e.name} / ${e.affiliation} / ${e.office} / ${e.from}..${e.to ?? ""}`;
}

/** Terms share their hand-over day (one term's `to` is the next one's `from`), so touching is not overlapping. */
function overlaps(a: OfficeHolder, b: OfficeHolder): boolean {
  const aEnd = a.to ?? "9999-12-31";
  const bEnd = b.to ?? "9999-12-31";
  return a.from < bEnd && b.from < aEnd;
}

function covers(e: OfficeHolder, day: string): boolean {
  return e.from <= day && (e.to === undefined || day <= e.to);
}

describe("OFFICE_HOLDERS", () => {
  it("is a table of several hundred entries", () => {
    expect(OFFICE_HOLDERS.length).toBeGreaterThan(500);
  });

  it.each(OFFICE_HOLDERS.map((e) => [label(e), e] as const))("%s is well formed", (_, e) => {
    expect(isValidDate(e.from), `from ${e.from}`).toBe(true);
    if (e.to !== undefined) {
      expect(isValidDate(e.to), `to ${e.to}`).toBe(true);
      expect(e.from <= e.to, `${e.from} <= ${e.to}`).toBe(true);
      // The table covers 2000 onwards (people-2000-2014.ts, then people.ts): every term reaches into it.
      expect(e.to >= "2000-01-01").toBe(true);
    }
    expect(e.affiliation).toMatch(AFFILIATION);
    expect(OFFICES).toContain(e.office);
    expect(e.name.trim()).not.toBe("");
    expect(e.name).toBe(e.name.trim());
    expect(e.title.trim()).not.toBe("");
    expect(e.aliases).not.toContain(e.name);
    for (const alias of e.aliases) {
      expect(alias.trim()).not.toBe("");
      expect(alias).toBe(alias.trim());
    }
    expect(new Set(e.aliases).size).toBe(e.aliases.length);
  });

  it("has no overlapping terms of the same person in the same office and affiliation", () => {
    const groups = new Map<string, OfficeHolder[]>();
    for (const e of OFFICE_HOLDERS) {
      const key = `${e.name}|${e.office}|${e.affiliation}`;
      const group = groups.get(key) ?? [];
      group.push(e);
      groups.set(key, group);
    }
    const clashes: string[] = [];
    for (const group of groups.values()) {
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) {
          const a = group[i];
          const b = group[j];
          if (a && b && overlaps(a, b)) clashes.push(`${label(a)} <> ${label(b)}`);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it("is ordered by affiliation, then office, then start date", () => {
    const key = (e: OfficeHolder) => [e.affiliation, String(OFFICES.indexOf(e.office)), e.from] as const;
    const misplaced: string[] = [];
    for (let i = 1; i < OFFICE_HOLDERS.length; i++) {
      const prev = OFFICE_HOLDERS[i - 1];
      const cur = OFFICE_HOLDERS[i];
      if (!prev || !cur) continue;
      const [pa, po, pf] = key(prev);
      const [ca, co, cf] = key(cur);
      const inOrder = pa < ca || (pa === ca && (po < co || (po === co && pf <= cf)));
      if (!inOrder) misplaced.push(`${label(prev)} before ${label(cur)}`);
    }
    expect(misplaced).toEqual([]);
  });

  it.each([
    ["ARM", "Armen Sarkissian"],
    ["AZE", "Ilham Aliyev"],
    ["RUS", "Vladimir Putin"],
    ["TUR", "Recep Tayyip Erdogan"],
    ["FRA", "Emmanuel Macron"],
    ["USA", "Donald Trump"],
    ["IRN", "Ali Khamenei"],
  ])("has exactly one head of state of %s on 2020-10-01 (%s)", (affiliation, name) => {
    const heads = OFFICE_HOLDERS.filter(
      (e) => e.affiliation === affiliation && e.office === "head_of_state" && covers(e, "2020-10-01"),
    );
    expect(heads.map((e) => e.name)).toEqual([name]);
  });

  it("keeps Pashinyan as Armenia's head of government, not head of state, in 2020", () => {
    const pashinyan = OFFICE_HOLDERS.filter((e) => e.name === "Nikol Pashinyan" && covers(e, "2020-10-01"));
    expect(pashinyan.map((e) => e.office)).toEqual(["head_of_government"]);
  });

  it("covers every state in scope with a head of state or government", () => {
    const states =
      "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA ARM AZE IRN ISR PSE EGY QAT JOR LBN SYR IRQ UKR BLR GEO KAZ SRB XKX ALB BIH HUN POL ESP NLD BEL SWE NOR CHE AUT GRC CYP SDN SSD ETH ERI KEN UGA RWA COD AGO BDI TZA NGA SOM DJI LBY TUN DZA MAR ARE OMN KWT BHR YEM PAK AFG THA KHM MYS PHL VNM SGP MMR TWN PRK LAO".split(
        " ",
      );
    const led = new Set(
      OFFICE_HOLDERS.filter((e) => e.office === "head_of_state" || e.office === "head_of_government").map(
        (e) => e.affiliation,
      ),
    );
    expect(states.filter((s) => !led.has(s))).toEqual([]);
  });

  it("covers the main international organisations and groups", () => {
    const affiliations = new Set(OFFICE_HOLDERS.map((e) => e.affiliation));
    for (const code of [
      "UN",
      "EU",
      "NATO",
      "AU",
      "OSCE",
      "ARAB_LEAGUE",
      "ASEAN",
      "GCC",
      "ICC",
      "OIC",
      "IAEA",
      "WHO",
      "ICRC",
      "HAMAS",
      "HEZBOLLAH",
      "HOUTHIS",
      "RSF",
      "M23",
      "TPLF",
      "NKR",
    ]) {
      expect(affiliations, code).toContain(code);
    }
  });
});
