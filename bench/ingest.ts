/**
 * npm run bench:ingest [-- --articles 2000 --relations 25 --actors 3000 --concurrency 1,4,8 --mode single,bulk]
 *
 * Relations per second end to end through the ingestion service (plan, write, aggregates
 * recomputed from the evidence) on the deterministic synthetic corpus, in both of its modes:
 * `single` is `ingest` (one article per transaction, what POST /api/articles does) and `bulk` is
 * `ingestMany` (whole articles BULK_ARTICLES to a transaction, what the ingest CLI and the seed
 * do), each by several concurrent callers
 * of bench/synthetic.ts, with the extraction step replaced by the corpus's fixed results so
 * only storage is timed. Runs against a throwaway local Neo4j (heap 2g, page cache 1g, fresh
 * data, a free port) unless NEO4J_URI is set. Each concurrency level starts from an empty graph.
 */
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { GraphDb } from "../server/src/db/graph-db.js";
import { freePort, type LocalInstance, NEO4J_DIR, start, stop } from "../server/src/db/local-server.js";
import { Schema } from "../server/src/db/schema.js";
import type { ArticleInput, ExtractionResult } from "../server/src/domain/extraction.js";
import { BULK_ARTICLES, createIngestService, type IngestService } from "../server/src/services/ingest.js";
import { type SyntheticArticle, syntheticArticles } from "./synthetic.js";

const { values: flags } = parseArgs({
  options: {
    articles: { type: "string", default: "2000" },
    relations: { type: "string", default: "25" },
    actors: { type: "string", default: "3000" },
    years: { type: "string", default: "5" },
    seed: { type: "string", default: "7" },
    concurrency: { type: "string", default: "1,4" },
    mode: { type: "string", default: "single,bulk" },
  },
});
const TARGET = 5_000;

async function database(): Promise<{ db: GraphDb; close: () => Promise<void> }> {
  if (process.env.NEO4J_URI) {
    if (process.env.NEO4J_BENCH_ALLOW_WIPE !== "true") {
      throw new Error(
        "the bench empties the graph: set NEO4J_BENCH_ALLOW_WIPE=true to use the server in NEO4J_URI",
      );
    }
    const db = new GraphDb(
      {
        uri: process.env.NEO4J_URI,
        user: process.env.NEO4J_USER ?? "neo4j",
        password: process.env.NEO4J_PASSWORD ?? "",
        database: process.env.NEO4J_DATABASE ?? "neo4j",
      },
      120_000,
    );
    return { db, close: () => db.close() };
  }
  const instance: LocalInstance = {
    home: path.join(NEO4J_DIR, `.bench-ingest-${process.pid}`),
    boltPort: await freePort(),
    heap: "2g",
    pageCache: "1g",
  };
  const password = randomBytes(12).toString("hex");
  const t0 = Date.now();
  const server = await start(instance, password, (line) => console.log(`[neo4j] ${line}`));
  console.log(`[neo4j] throwaway server ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const db = new GraphDb({ uri: server.uri, user: server.user, password, database: "neo4j" }, 120_000);
  return {
    db,
    close: async () => {
      await db.close();
      await stop(instance);
      rmSync(instance.home, { recursive: true, force: true });
    },
  };
}

async function empty(db: GraphDb): Promise<void> {
  for (;;) {
    const [row] = await db.run("MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS n");
    if (Number(row?.n ?? 0) === 0) return;
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

type Mode = "single" | "bulk";

async function run(service: IngestService, corpus: SyntheticArticle[], concurrency: number, mode: Mode) {
  const latencies: number[] = [];
  const step = mode === "bulk" ? BULK_ARTICLES : 1;
  let next = 0;
  let relations = 0;
  const worker = async () => {
    for (let i = next; i < corpus.length; i = next) {
      next += step;
      const articles = corpus.slice(i, i + step).map((a) => ({ ...a.meta, text: a.result.text }));
      const t0 = performance.now();
      if (mode === "single") {
        const outcome = await service.ingest(articles[0] as (typeof articles)[0]);
        relations += outcome.relations.length;
      } else {
        for (const settled of await service.ingestMany(articles)) {
          if ("error" in settled) throw settled.error;
          relations += settled.outcome.relations.length;
        }
      }
      latencies.push((performance.now() - t0) / articles.length);
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  return { seconds, relations, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

async function main(): Promise<void> {
  const options = {
    articles: Number(flags.articles),
    relationsPerArticle: Number(flags.relations),
    actors: Number(flags.actors),
    years: Number(flags.years),
    seed: Number(flags.seed),
  };
  const levels = flags.concurrency
    .split(",")
    .map(Number)
    .filter((n) => n > 0);
  const modes = flags.mode.split(",").filter((m): m is Mode => m === "single" || m === "bulk");
  const corpus = [...syntheticArticles(options)];
  const byText = new Map<string, ExtractionResult>(corpus.map((a) => [a.result.text, a.result]));
  const extract = (input: ArticleInput): ExtractionResult => {
    const result = byText.get(input.text);
    if (!result) throw new Error("text not in the synthetic corpus");
    return result;
  };
  const total = corpus.reduce((n, a) => n + a.result.relations.length, 0);
  console.log(
    `corpus: ${corpus.length} articles, ${total} relations, ${options.actors} actors, ${options.years} years (seed ${options.seed})`,
  );

  const { db, close } = await database();
  try {
    await new Schema(db).apply();
    const service = createIngestService({ db, extract });
    // Warm-up: plans cached and the JVM's hot paths compiled before timing.
    await empty(db);
    for (const mode of modes) await run(service, corpus.slice(0, Math.min(200, corpus.length)), 1, mode);
    for (const mode of modes) {
      for (const concurrency of levels) {
        await empty(db);
        const r = await run(service, corpus, concurrency, mode);
        const rate = r.relations / r.seconds;
        console.log(
          `${mode.padEnd(6)} concurrency ${String(concurrency).padStart(2)}: ${corpus.length} articles in ${r.seconds.toFixed(1)} s — ` +
            `${Math.round(corpus.length / r.seconds)} articles/s, ${Math.round(rate)} relations/s ` +
            `(target ${TARGET}: ${rate >= TARGET ? "met" : "NOT met"}); per article p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms`,
        );
      }
    }
    const [counts] = await db.run(
      `MATCH (e:Evidence) WITH count(e) AS evidence
       MATCH (:Actor)-[r]->(:Actor) WHERE r.evidenceCount IS NOT NULL
       RETURN evidence, count(r) AS relationships, sum(r.evidenceCount) AS aggregated`,
    );
    const [actors] = await db.run("MATCH (a:Actor) RETURN count(a) AS n");
    console.log(
      `graph: ${actors?.n} actors, ${counts?.evidence} evidence, ${counts?.relationships} typed relationships; ` +
        `aggregates sum to ${counts?.aggregated} (${String(counts?.aggregated) === String(counts?.evidence) ? "exact" : "MISMATCH"})`,
    );
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
