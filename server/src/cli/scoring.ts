/**
 * Scores extraction against gold per shared/ontology.md: sets of distinct
 * (source, type, target) triples per article at country level (affiliations) and actor
 * level (names, matched case- and accent-insensitively or by alias). ⇄ types compare as
 * unordered pairs; same-affiliation relations are dropped; optional gold relations
 * neither cost recall when missed nor precision when predicted.
 */
import type { Actor } from "../domain/actors.js";
import type { ExtractionResult } from "../domain/extraction.js";
import { RELATIONS } from "../domain/relations.js";

export interface GoldRelation {
  source: { name: string; affiliation: string };
  type: string;
  target: { name: string; affiliation: string };
  sentence?: string;
  optional?: boolean;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Triple {
  key: string;
  label: string;
  sentence?: string;
}

export interface LevelScore extends Counts {
  misses: Triple[];
  falsePositives: Triple[];
}

export function fold(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ı/g, "i")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

function tripleKey(a: string, type: string, b: string): string {
  const symmetric =
    (RELATIONS as Record<string, { symmetric: boolean } | undefined>)[type]?.symmetric ?? false;
  const [x, y] = symmetric && b < a ? [b, a] : [a, b];
  return `${x} ${type} ${y}`;
}

function score(gold: Map<string, Triple & { optional: boolean }>, system: Map<string, Triple>): LevelScore {
  const result: LevelScore = { tp: 0, fp: 0, fn: 0, misses: [], falsePositives: [] };
  for (const [k, t] of system) {
    const g = gold.get(k);
    if (g) {
      if (!g.optional) result.tp++;
    } else {
      result.fp++;
      result.falsePositives.push(t);
    }
  }
  for (const [k, g] of gold) {
    if (!g.optional && !system.has(k)) {
      result.fn++;
      result.misses.push(g);
    }
  }
  return result;
}

/** Only asserted relations count: negated and future/hypothetical ones are left out. */
function asserted(result: ExtractionResult) {
  return result.relations.filter((r) => !r.evidence.negated && !r.evidence.future);
}

function goldMap(gold: readonly GoldRelation[], keyOf: (g: GoldRelation) => [string, string] | undefined) {
  const map = new Map<string, Triple & { optional: boolean }>();
  for (const g of gold) {
    const pair = keyOf(g);
    if (!pair) continue;
    const key = tripleKey(pair[0], g.type, pair[1]);
    const prev = map.get(key);
    const optional = g.optional === true;
    // A triple required by any gold line is required.
    if (!prev || (prev.optional && !optional)) {
      map.set(key, {
        key,
        label: `${g.source.name} (${g.source.affiliation}) ${g.type} ${g.target.name} (${g.target.affiliation})`,
        ...(g.sentence ? { sentence: g.sentence } : {}),
        optional,
      });
    }
  }
  return map;
}

export function scoreCountry(gold: readonly GoldRelation[], result: ExtractionResult): LevelScore {
  const byId = new Map(result.actors.map((a) => [a.id, a]));
  const goldTriples = goldMap(gold, (g) =>
    g.source.affiliation === g.target.affiliation ? undefined : [g.source.affiliation, g.target.affiliation],
  );
  const system = new Map<string, Triple>();
  for (const r of asserted(result)) {
    const s = byId.get(r.source);
    const t = byId.get(r.target);
    if (!s || !t || s.affiliation === t.affiliation) continue;
    const key = tripleKey(s.affiliation, r.type, t.affiliation);
    if (!system.has(key))
      system.set(key, {
        key,
        label: `${s.affiliation} ${r.type} ${t.affiliation} [${r.evidence.rule}]`,
        sentence: r.evidence.sentence,
      });
  }
  return score(goldTriples, system);
}

/** The gold name an actor stands for, if any: its name or an alias matches a gold name. */
function actorMatcher(gold: readonly GoldRelation[]): (a: Actor) => string {
  const goldNames = new Map<string, string>();
  for (const g of gold) for (const n of [g.source.name, g.target.name]) goldNames.set(fold(n), fold(n));
  return (a) => {
    for (const n of [a.name, ...a.aliases]) {
      const f = fold(n);
      if (goldNames.has(f)) return f;
    }
    return fold(a.name);
  };
}

export function scoreActors(gold: readonly GoldRelation[], result: ExtractionResult): LevelScore {
  const byId = new Map(result.actors.map((a) => [a.id, a]));
  const nameOf = actorMatcher(gold);
  const goldTriples = goldMap(gold, (g) =>
    g.source.affiliation === g.target.affiliation ? undefined : [fold(g.source.name), fold(g.target.name)],
  );
  const system = new Map<string, Triple>();
  for (const r of asserted(result)) {
    const s = byId.get(r.source);
    const t = byId.get(r.target);
    if (!s || !t || s.affiliation === t.affiliation) continue;
    const key = tripleKey(nameOf(s), r.type, nameOf(t));
    if (!system.has(key))
      system.set(key, {
        key,
        label: `${s.name} ${r.type} ${t.name} [${r.evidence.rule}]`,
        sentence: r.evidence.sentence,
      });
  }
  return score(goldTriples, system);
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1 };
}
