/**
 * `npm run bench:extract` — throughput of `extract` on realistic ~700-word wire-style
 * articles generated from our own templates (seeded, so every run sees the same corpus),
 * plus a single 5 MB input. Prints articles/s, ms per article p50/p99 and peak RSS.
 */
import { performance } from "node:perf_hooks";
import { extract } from "../server/src/extraction/pipeline.js";

const PARTIES: readonly [string, string, string, string][] = [
  ["Armenia", "Azerbaijan", "Armenian", "Azerbaijani"],
  ["Thailand", "Cambodia", "Thai", "Cambodian"],
  ["Israel", "Iran", "Israeli", "Iranian"],
  ["Serbia", "Kosovo", "Serbian", "Kosovar"],
  ["India", "Pakistan", "Indian", "Pakistani"],
  ["Ethiopia", "Eritrea", "Ethiopian", "Eritrean"],
];
const THIRD: readonly [string, string][] = [
  ["Russia", "Russian"],
  ["France", "French"],
  ["Turkey", "Turkish"],
  ["Qatar", "Qatari"],
  ["Egypt", "Egyptian"],
  ["Malaysia", "Malaysian"],
  ["China", "Chinese"],
  ["Germany", "German"],
];
const TEMPLATES: readonly string[] = [
  "The {T} Foreign Ministry said on {D} that it was deeply concerned about the renewed fighting between {A} and {B}.",
  "{T} urged both sides to exercise maximum restraint and to return to the negotiating table without preconditions.",
  "The {a} army said it had shelled positions held by {b} forces near the border overnight, killing several soldiers.",
  "Officials in {B} accused {A} of deliberately targeting civilian areas, a charge that {A} denied.",
  "In a phone call with his {b} counterpart, the {t} foreign minister offered to host talks between the two countries.",
  "{T} is ready to provide a platform for negotiations, the ministry added in a statement posted on its website.",
  "The {b} defence ministry said its air defences had shot down several drones launched from {A} territory.",
  "Diplomats said the United Nations Security Council would meet behind closed doors later in the week.",
  "The European Union called for an immediate ceasefire and expressed its full support for the mediation efforts.",
  "{A} recalled its ambassador from {B} and closed the main border crossing, the state news agency reported.",
  "Analysts said the clashes were the worst since the last truce collapsed, and warned of a wider regional war.",
  "Thousands of residents fled their homes as artillery fire echoed through the valley for a third consecutive day.",
  "The {a} prime minister said any attack on {a} soil would be met with a decisive response.",
  "{T} and the United States welcomed the announcement and praised both governments for their restraint.",
  "Humanitarian groups said they had sent food and medical supplies to {B} to help displaced families.",
  "{A} and {B} agreed to a humanitarian ceasefire on {D}, according to a joint statement issued after the talks.",
  "The spokesman warned {B} against any further provocation along the disputed frontier.",
  "Earlier, the {b} president condemned what he called an unprovoked act of aggression by {A}.",
  "Markets in the region fell sharply as investors worried about the impact of the conflict on trade routes.",
  "Reporters were not allowed to visit the front line, and casualty figures could not be independently verified.",
];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function pick<T>(items: readonly T[], r: () => number): T {
  const item = items[Math.floor(r() * items.length)];
  if (item === undefined) throw new Error("empty list");
  return item;
}

function article(seed: number): string {
  const r = rng(seed);
  const [A, B, a, b] = pick(PARTIES, r);
  const [T, t] = pick(THIRD, r);
  const sentences: string[] = [];
  let words = 0;
  while (words < 700) {
    const s = pick(TEMPLATES, r)
      .replaceAll("{A}", A)
      .replaceAll("{B}", B)
      .replaceAll("{a}", a)
      .replaceAll("{b}", b)
      .replaceAll("{T}", T)
      .replaceAll("{t}", t)
      .replaceAll("{D}", pick(DAYS, r));
    sentences.push(s);
    words += s.split(/\s+/).length;
    if (r() < 0.25) sentences.push("\n\n");
  }
  return sentences.join(" ");
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const corpus = Array.from({ length: 400 }, (_, i) => article(i + 1));
let peakRss = process.memoryUsage().rss;
const sampleRss = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
// Warm-up: JIT and the per-date person index.
for (const text of corpus.slice(0, 20)) extract({ text, publishedAt: "2024-05-01" });

const times: number[] = [];
const cpuStart = process.cpuUsage();
const started = performance.now();
for (const [i, text] of corpus.entries()) {
  const t0 = performance.now();
  extract({ text, publishedAt: "2024-05-01" });
  times.push(performance.now() - t0);
  if (i % 20 === 0) sampleRss();
}
const total = performance.now() - started;
const cpuUsed = process.cpuUsage(cpuStart);
const cpuMs = (cpuUsed.user + cpuUsed.system) / 1000;
sampleRss();
const corpusRss = peakRss;
times.sort((x, y) => x - y);
const words = corpus.reduce((n, t) => n + t.split(/\s+/).length, 0) / corpus.length;

const big = article(9999)
  .repeat(Math.ceil(5_000_000 / article(9999).length))
  .slice(0, 5_000_000);
const t5 = performance.now();
const cpu5 = process.cpuUsage();
const bigResult = extract({ text: big, publishedAt: "2024-05-01" });
const bigMs = performance.now() - t5;
const bigCpu = process.cpuUsage(cpu5);
sampleRss();

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
process.stdout.write(
  `${[
    `corpus: ${corpus.length} generated articles, ${words.toFixed(0)} words on average`,
    `throughput: ${((corpus.length / total) * 1000).toFixed(1)} articles/s wall, ${((corpus.length / cpuMs) * 1000).toFixed(1)} articles per CPU-second (single thread)`,
    `ms per article: p50 ${percentile(times, 50).toFixed(2)}  p99 ${percentile(times, 99).toFixed(2)}  max ${(times.at(-1) ?? 0).toFixed(2)}`,
    `peak RSS over the corpus: ${mb(corpusRss)}`,
    `5 MB input: ${bigMs.toFixed(0)} ms wall, ${((bigCpu.user + bigCpu.system) / 1000).toFixed(0)} ms CPU, ${bigResult.relations.length} relations, ${bigResult.warnings.length} warnings`,
    `peak RSS including the 5 MB input: ${mb(peakRss)}`,
  ].join("\n")}\n`,
);
