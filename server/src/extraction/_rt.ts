import { readFileSync } from "node:fs";
import { RELATION_RULES } from "./rules/relation-rules.js";
import { splitSentences } from "./stages/sentences.js";
const base = readFileSync("/work/shared/seed-article.txt", "utf8");
const sents = splitSentences(base.repeat(100)).map((s) => s.text);
const res: [string, number][] = [];
for (const r of RELATION_RULES) {
  const t = performance.now();
  for (let k = 0; k < 3; k++) for (const s of sents) for (const _ of s.matchAll(r.pattern));
  res.push([r.id, performance.now() - t]);
}
res.sort((a, b) => b[1] - a[1]);
console.log(sents.length, res.slice(0, 15).map(([i, t]) => `${t.toFixed(0)} ${i}`).join("\n"), "\ntotal", res.reduce((n, [, t]) => n + t, 0).toFixed(0));
