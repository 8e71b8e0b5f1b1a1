/**
 * `npm run -s eval -- DIR [--verbose]` — runs the extractor on every gold file in DIR and
 * prints precision, recall and F1 per article and overall (micro-averaged over triples),
 * at country and actor level. The last two lines are the overall scores.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extract } from "../extraction/pipeline.js";
import {
  type Counts,
  type GoldRelation,
  type LevelScore,
  prf,
  scoreActors,
  scoreCountry,
} from "./scoring.js";

interface GoldFile {
  id?: string;
  publishedAt?: string;
  text: string;
  gold: GoldRelation[];
}

function isGoldFile(value: unknown): value is GoldFile {
  return (
    typeof value === "object" &&
    value !== null &&
    "text" in value &&
    typeof value.text === "string" &&
    "gold" in value &&
    Array.isArray(value.gold)
  );
}

const fmt = (c: Counts) => {
  const { p, r, f1 } = prf(c);
  return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f1.toFixed(3)}  (tp ${c.tp} fp ${c.fp} fn ${c.fn})`;
};

function add(total: Counts, s: Counts): void {
  total.tp += s.tp;
  total.fp += s.fp;
  total.fn += s.fn;
}

function details(level: string, s: LevelScore): string[] {
  const out: string[] = [];
  for (const m of s.misses)
    out.push(`    ${level} miss: ${m.label}${m.sentence ? `\n        | ${m.sentence}` : ""}`);
  for (const f of s.falsePositives)
    out.push(`    ${level} false positive: ${f.label}${f.sentence ? `\n        | ${f.sentence}` : ""}`);
  return out;
}

function main(): void {
  const argv = process.argv.slice(2);
  const verbose = argv.includes("--verbose") || argv.includes("-v");
  const dir = argv.find((a) => !a.startsWith("-"));
  if (!dir) {
    process.stderr.write("usage: eval DIR [--verbose]\n");
    process.exit(2);
  }
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort();
  const country: Counts = { tp: 0, fp: 0, fn: 0 };
  const actor: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const f of files) {
    const parsed: unknown = JSON.parse(readFileSync(join(dir, f), "utf8"));
    if (!isGoldFile(parsed)) {
      process.stderr.write(`eval: ${f}: not a gold file (needs text and gold), skipped\n`);
      continue;
    }
    const result = extract({
      text: parsed.text,
      ...(parsed.publishedAt ? { publishedAt: parsed.publishedAt } : {}),
    });
    const c = scoreCountry(parsed.gold, result);
    const a = scoreActors(parsed.gold, result);
    add(country, c);
    add(actor, a);
    const name = parsed.id ?? f;
    process.stdout.write(`${name}\n  country ${fmt(c)}\n  actor   ${fmt(a)}\n`);
    if (verbose) process.stdout.write(`${[...details("country", c), ...details("actor", a)].join("\n")}\n`);
  }
  process.stdout.write(`overall country ${fmt(country)}\n`);
  process.stdout.write(`overall actor   ${fmt(actor)}\n`);
}

main();
