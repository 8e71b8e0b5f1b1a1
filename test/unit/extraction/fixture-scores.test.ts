/**
 * The committed gold sets keep their scores: micro-averaged F1 at country and actor level, as
 * `npm run eval` prints it, must not fall more than 0.02 below what the extractor reached when
 * each floor was set. A rule change that trades many relations elsewhere for a few here fails.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  type Counts,
  type GoldRelation,
  prf,
  scoreActors,
  scoreCountry,
} from "../../../server/src/cli/scoring.js";
import { extract } from "../../../server/src/extraction/pipeline.js";

const FIXTURES = path.resolve(fileURLToPath(import.meta.url), "../../../fixtures");

interface GoldFile {
  publishedAt?: string;
  text: string;
  gold: GoldRelation[];
}

/** F1 reached on 2026-11-25 (dev set 0.954 / 0.885 is outside the repository). */
const REACHED: Record<string, { country: number; actor: number }> = {
  heldout: { country: 0.915, actor: 0.811 },
  "holdout-unseen": { country: 0.678, actor: 0.583 },
  "holdout-unseen2": { country: 0.628, actor: 0.42 },
  "holdout-unseen3": { country: 0.743, actor: 0.609 },
  "holdout-unseen4": { country: 0.663, actor: 0.457 },
  "holdout-unseen5": { country: 0.751, actor: 0.593 },
  "holdout-unseen6": { country: 0.651, actor: 0.462 },
  "holdout-unseen7": { country: 0.832, actor: 0.632 },
  "holdout-unseen8": { country: 0.697, actor: 0.505 },
};
const MARGIN = 0.02;

function scores(set: string): { country: number; actor: number } {
  const dir = path.join(FIXTURES, set);
  const country: Counts = { tp: 0, fp: 0, fn: 0 };
  const actor: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    const gold = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as GoldFile;
    const result = extract({
      text: gold.text,
      ...(gold.publishedAt ? { publishedAt: gold.publishedAt } : {}),
    });
    for (const [total, s] of [
      [country, scoreCountry(gold.gold, result)],
      [actor, scoreActors(gold.gold, result)],
    ] as const) {
      total.tp += s.tp;
      total.fp += s.fp;
      total.fn += s.fn;
    }
  }
  return { country: prf(country).f1, actor: prf(actor).f1 };
}

describe("scores on the committed gold sets", () => {
  for (const [set, reached] of Object.entries(REACHED)) {
    it(`${set}: country F1 ≥ ${(reached.country - MARGIN).toFixed(3)}, actor F1 ≥ ${(reached.actor - MARGIN).toFixed(3)}`, () => {
      const { country, actor } = scores(set);
      expect(country).toBeGreaterThanOrEqual(reached.country - MARGIN);
      expect(actor).toBeGreaterThanOrEqual(reached.actor - MARGIN);
    });
  }
});
