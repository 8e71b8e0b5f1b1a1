/**
 * Fixed extraction results for ingestion tests: one sentence per relation, offsets exact,
 * served by an extractor stand-in keyed by the text, so tests never depend on the rules.
 */

import type { GraphDb } from "../../server/src/db/graph-db.js";
import type { Actor } from "../../server/src/domain/actors.js";
import type { ArticleInput, ExtractionResult } from "../../server/src/domain/extraction.js";
import type { RelationType } from "../../server/src/domain/relations.js";
import type { Extractor } from "../../server/src/services/ingest.js";

export const ACTORS = {
  russia: {
    id: "russia",
    name: "Russia",
    kind: "state",
    affiliation: "RUS",
    aliases: ["Russian Federation"],
  },
  armenia: { id: "armenia", name: "Armenia", kind: "state", affiliation: "ARM", aliases: [] },
  azerbaijan: { id: "azerbaijan", name: "Azerbaijan", kind: "state", affiliation: "AZE", aliases: [] },
  france: { id: "france", name: "France", kind: "state", affiliation: "FRA", aliases: [] },
  turkiye: { id: "turkiye", name: "Turkiye", kind: "state", affiliation: "TUR", aliases: ["Turkey"] },
  lavrov: {
    id: "sergey-lavrov",
    name: "Sergey Lavrov",
    kind: "person",
    affiliation: "RUS",
    role: "Foreign Minister of Russia",
    aliases: ["Lavrov"],
  },
  macron: {
    id: "emmanuel-macron",
    name: "Emmanuel Macron",
    kind: "person",
    affiliation: "FRA",
    role: "President of France",
    aliases: [],
  },
  azDefence: {
    id: "azerbaijani-defense-ministry",
    name: "Azerbaijani Defense Ministry",
    kind: "government_body",
    affiliation: "AZE",
    role: "Defense Ministry of Azerbaijan",
    aliases: [],
  },
  osce: { id: "osce", name: "OSCE", kind: "igo", affiliation: "OSCE", aliases: [] },
} satisfies Record<string, Actor>;
export type ActorKey = keyof typeof ACTORS;

export interface Line {
  source: ActorKey;
  type: RelationType;
  target: ActorKey;
  negated?: boolean;
  future?: boolean;
  speaker?: ActorKey;
  confidence?: number;
}

/** A text with one sentence per line and the extraction result that matches it exactly. */
export function fixedResult(lines: Line[], tag = ""): ExtractionResult {
  let text = tag ? `${tag}. ` : "";
  const relations: ExtractionResult["relations"] = [];
  const actors = new Map<string, Actor>();
  for (const l of lines) {
    const source = ACTORS[l.source];
    const target = ACTORS[l.target];
    const trigger = l.type.toLowerCase().replace(/_/g, " ");
    const sentence = `${source.name} ${trigger} ${target.name}.`;
    const start = text.length;
    text += `${sentence} `;
    for (const a of [source, target, ...(l.speaker ? [ACTORS[l.speaker]] : [])]) actors.set(a.id, a);
    relations.push({
      source: source.id,
      type: l.type,
      target: target.id,
      evidence: {
        sentence,
        start,
        end: start + sentence.length,
        trigger,
        quote: false,
        negated: l.negated ?? false,
        future: l.future ?? false,
        confidence: l.confidence ?? 0.8,
        rule: "test.fixed",
        ...(l.speaker ? { speaker: ACTORS[l.speaker].id } : {}),
      },
    });
  }
  return { text: text.trimEnd(), actors: [...actors.values()], relations, warnings: [] };
}

/** An extractor that answers with the registered result for a text (and nothing for others). */
export function fixedExtractor(): { extract: Extractor; add(result: ExtractionResult): string } {
  const results = new Map<string, ExtractionResult>();
  return {
    extract: (input: ArticleInput) =>
      results.get(input.text) ?? { text: input.text.trim(), actors: [], relations: [], warnings: [] },
    add(result) {
      results.set(result.text, result);
      return result.text;
    },
  };
}

/** Every node and relationship with its properties (ingestedAt aside), sorted: equal graphs give equal snapshots. */
export async function snapshot(db: GraphDb): Promise<{ nodes: string[]; relationships: string[] }> {
  const nodes = await db.run(
    `MATCH (n) WHERE NOT n:DiplographTestDatabase
     RETURN [l IN labels(n) | l] AS labels, properties(n) AS props`,
  );
  const rels = await db.run(
    `MATCH (a)-[r]->(b)
     RETURN type(r) AS type, coalesce(a.id, '') AS from, coalesce(b.id, '') AS to, properties(r) AS props`,
  );
  const clean = (props: unknown) => {
    const p = { ...(props as Record<string, unknown>) };
    delete p.ingestedAt;
    return JSON.stringify(
      Object.fromEntries(
        Object.entries(p)
          .map(([k, v]) => [k, String(v)])
          .sort(),
      ),
    );
  };
  return {
    nodes: nodes.map((n) => `${(n.labels as string[]).sort().join(":")} ${clean(n.props)}`).sort(),
    relationships: rels.map((r) => `${r.from} -${r.type}-> ${r.to} ${clean(r.props)}`).sort(),
  };
}

export async function count(db: GraphDb, pattern: string): Promise<number> {
  const [row] = await db.run(`MATCH ${pattern} RETURN count(*) AS n`);
  return Number(row?.n ?? 0);
}

/** Typed relationships whose evidenceCount differs from the evidence that backs them (should be none). */
export async function aggregateMismatches(db: GraphDb): Promise<string[]> {
  const rows = await db.run(
    `MATCH (:Actor)-[r]->(:Actor) WHERE r.evidenceCount IS NOT NULL
     WITH r, COUNT { (e:Evidence {relationId: r.id}) } AS actual
     WHERE actual <> r.evidenceCount
     RETURN r.id + ': ' + toString(r.evidenceCount) + ' stored, ' + toString(actual) + ' actual' AS problem`,
  );
  return rows.map((r) => String(r.problem));
}
