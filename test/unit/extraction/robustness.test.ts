/**
 * `extract` never throws: arbitrary strings, binary junk, HTML, other scripts, emoji and
 * very large inputs give a result (with warnings where useful) and well-formed evidence.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ExtractionResult } from "../../../server/src/domain/extraction.js";
import { RELATION_TYPES } from "../../../server/src/domain/relations.js";
import { extractForTest } from "./helpers.js";

function wellFormed(result: ExtractionResult): void {
  expect(typeof result.text).toBe("string");
  expect(Array.isArray(result.warnings)).toBe(true);
  const ids = new Set(result.actors.map((a) => a.id));
  for (const r of result.relations) {
    expect(RELATION_TYPES).toContain(r.type);
    expect(ids.has(r.source) && ids.has(r.target)).toBe(true);
    expect(result.text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.sentence);
    expect(r.evidence.confidence).toBeGreaterThanOrEqual(0);
    expect(r.evidence.confidence).toBeLessThanOrEqual(1);
  }
}

const WORDS = [
  "Russia",
  "Armenia",
  "Azerbaijan",
  "the two sides",
  "called on",
  "to cease fire",
  "he",
  "its",
  "Lavrov",
  "attacked",
  "between",
  "and",
  ",",
  ".",
  '"',
  "not",
  "will",
  "Hamas",
  "-backed",
  "the ministry",
  "😀",
  "Ⅻ",
  "مرحبا",
  "中文",
  "<b>",
  "&amp;",
  "\n",
];

describe("robustness", () => {
  it("never throws on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
        wellFormed(extractForTest({ text, publishedAt: "2020-10-01" }));
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on shuffled domain words, HTML and other scripts", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 80 }), fc.boolean(), (words, html) => {
        wellFormed(extractForTest({ text: words.join(" "), publishedAt: "2020-10-01", html }));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ["empty", ""],
    ["whitespace", " \n\t  "],
    ["binary junk", "\u0000\u0001\u0002\uFFFD\uD800abc"],
    ["emoji only", "🔥🔥🔥 🕊️"],
    ["other script", "Россия призвала Армению и Азербайджан прекратить огонь."],
    ["html", "<html><body><script>var x = 1;</script><p>Russia condemned Georgia.</p></body></html>"],
  ])("returns warnings, not exceptions, for %s input", (_name, text) => {
    const result = extractForTest({ text, publishedAt: "2020-10-01" });
    wellFormed(result);
  });

  it("warns about empty input and a malformed date", () => {
    expect(extractForTest({ text: "" }).warnings.length).toBeGreaterThan(0);
    expect(
      extractForTest({ text: "Russia condemned Georgia.", publishedAt: "yesterday" }).warnings.join(" "),
    ).toContain("publishedAt");
  });

  it("a 5 MB input finishes within 5 s of CPU time (a generous sanity bound; the bench measures)", () => {
    const paragraph =
      "Russian Foreign Minister Sergey Lavrov called on Armenia and Azerbaijan to cease fire on Tuesday, a week after the clashes began. " +
      "Residents of the border villages said shelling continued overnight, and aid groups reported that roads to the area were closed. " +
      "The Armenian army said it shelled positions near the border. Markets in the region were calm, traders said. ";
    const text = paragraph.repeat(Math.ceil(5_000_000 / paragraph.length)).slice(0, 5_000_000);
    // CPU time, not wall time: the test machine is shared, and wall time measures the neighbours.
    const cpu = process.cpuUsage();
    const result = extractForTest({ text, publishedAt: "2020-10-01" });
    const used = process.cpuUsage(cpu);
    expect(result.relations.length).toBeGreaterThan(0);
    expect((used.user + used.system) / 1000).toBeLessThan(5_000);
  }, 60_000);
});
