/**
 * npm run bench:query [-- --actors 20000 --evidence 1000000 --runs 300]
 *
 * Loads (once; a marker node remembers the sizes) a synthetic graph into a local Neo4j of its
 * own (neo4j/.local/bench, heap 4g, page cache 2g, a free port), then times the explorer's
 * hot queries through the HTTP API (real HTTP on a loopback port) and through the same
 * service call straight on the driver, and prints p50/p99 and the API/driver ratio.
 * The quick default (2 000 actors, 50 000 statements) is for trying it out.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildApp } from "../server/src/app.js";
import { loadConfig } from "../server/src/config.js";
import { GraphDb } from "../server/src/db/graph-db.js";
import { GraphRepository } from "../server/src/db/graph-repository.js";
import {
  freePort,
  type LocalInstance,
  NEO4J_DIR,
  runningPid,
  start,
  stop,
} from "../server/src/db/local-server.js";
import { Schema } from "../server/src/db/schema.js";
import { type NeighborhoodRequest, neighborhood, shortestPaths } from "../server/src/services/explore.js";
import { GraphLoader } from "../test/support/graph-fixture.js";
import { syntheticActors, syntheticArticles } from "./synthetic.js";

const { values: flags } = parseArgs({
  options: {
    actors: { type: "string", default: "2000" },
    evidence: { type: "string", default: "50000" },
    runs: { type: "string", default: "200" },
    seed: { type: "string", default: "42" },
    fresh: { type: "boolean", default: false },
    /** Run only the cases whose name contains one of these |-separated phrases. */
    only: { type: "string", default: "" },
  },
});
const ACTORS = Number(flags.actors);
const EVIDENCE = Number(flags.evidence);
const RUNS = Number(flags.runs);
const SEED = Number(flags.seed);
const RELATIONS_PER_ARTICLE = 5;

const HOME = path.join(NEO4J_DIR, ".local", "bench");
const PORT_FILE = path.join(HOME, "bolt-port");
const PASSWORD_FILE = path.join(HOME, "password");

async function startServer(): Promise<{ uri: string; password: string; instance: LocalInstance }> {
  mkdirSync(HOME, { recursive: true });
  if (!existsSync(PASSWORD_FILE))
    writeFileSync(PASSWORD_FILE, randomBytes(12).toString("hex"), { mode: 0o600 });
  const password = readFileSync(PASSWORD_FILE, "utf8").trim();
  const running = { home: HOME, boltPort: 0, heap: "4g", pageCache: "2g" };
  const boltPort =
    runningPid(running) !== undefined && existsSync(PORT_FILE)
      ? Number(readFileSync(PORT_FILE, "utf8"))
      : await freePort();
  const instance: LocalInstance = { ...running, boltPort };
  writeFileSync(PORT_FILE, String(boltPort));
  const server = await start(instance, password, (line) => console.log(line));
  return { uri: server.uri, password, instance };
}

async function marker(db: GraphDb): Promise<string | undefined> {
  const [row] = await db.run("MATCH (m:BenchMarker) RETURN m.sizes AS sizes");
  return row?.sizes === undefined ? undefined : String(row.sizes);
}

async function load(db: GraphDb): Promise<void> {
  const articles = Math.ceil(EVIDENCE / RELATIONS_PER_ARTICLE);
  const { actors, represents } = syntheticActors(ACTORS, SEED);
  const loader = new GraphLoader(db, 10_000);
  const t0 = Date.now();
  await loader.actors(
    actors,
    [...represents.entries()].map(([from, to]) => ({ from, to })),
  );
  let n = 0;
  for (const a of syntheticArticles({
    actors: ACTORS,
    articles,
    relationsPerArticle: RELATIONS_PER_ARTICLE,
    seed: SEED,
    years: 5,
  })) {
    await loader.article(a.meta, a.result);
    if (++n % 20_000 === 0) {
      const s = (Date.now() - t0) / 1000;
      console.log(
        `  ${n}/${articles} articles, ${loader.evidenceWritten} statements, ${(loader.evidenceWritten / s).toFixed(0)}/s`,
      );
    }
  }
  const relations = await loader.finish();
  console.log(
    `loaded ${ACTORS} actors, ${articles} articles, ${loader.evidenceWritten} statements, ${relations} relations in ${((Date.now() - t0) / 1000).toFixed(0)} s`,
  );
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1)))] as number;
}

/** Interleaves the two ways of running a case so that neither gets a warmer JVM or cache. */
async function timeBoth(
  runs: number,
  api: (i: number) => Promise<unknown>,
  driver: (i: number) => Promise<unknown>,
): Promise<{ api: { p50: number; p99: number }; driver: { p50: number; p99: number } }> {
  for (let i = 0; i < Math.min(20, Math.ceil(runs / 5)); i++) {
    await api(i);
    await driver(i);
  }
  const a: number[] = [];
  const d: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    await api(i);
    a.push(performance.now() - t);
    t = performance.now();
    await driver(i);
    d.push(performance.now() - t);
  }
  const stats = (ms: number[]) => {
    ms.sort((x, y) => x - y);
    return { p50: percentile(ms, 0.5), p99: percentile(ms, 0.99) };
  };
  return { api: stats(a), driver: stats(d) };
}

async function main(): Promise<void> {
  const { uri, password, instance } = await startServer();
  const connection = { uri, user: "neo4j", password, database: "neo4j" };
  const db = new GraphDb(connection, 60_000);
  const sizes = `${ACTORS}/${EVIDENCE}/${SEED}`;
  try {
    if (flags.fresh || (await marker(db)) !== sizes) {
      const old = await marker(db);
      if (old !== undefined || flags.fresh) {
        console.log(`dropping the loaded graph (${old ?? "unknown"}) for ${sizes}`);
        await db.close();
        await stop(instance);
        rmSync(path.join(HOME, "data"), { recursive: true, force: true });
        return main();
      }
      await new Schema(db).apply();
      console.log(`loading a synthetic graph: ${ACTORS} actors, ${EVIDENCE} statements (seed ${SEED})`);
      await load(db);
      await db.run("MERGE (m:BenchMarker) SET m.sizes = $sizes", { sizes });
    } else {
      await new Schema(db).apply();
      console.log(`reusing the loaded graph (${sizes})`);
    }

    const config = loadConfig({
      LOG_LEVEL: "silent",
      SEED_ON_START: "false",
      RATE_LIMIT_PER_MINUTE: "100000000",
      NEO4J_QUERY_TIMEOUT_MS: "60000",
    });
    const app = await buildApp({ ...config, neo4j: connection });
    await app.listen({ port: 0, host: "127.0.0.1" });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    const repo = new GraphRepository(db);

    // The hub is the most active actor; the mid actor sits around rank 200; path ends are from the tail.
    const [hub] = await db.run(
      "MATCH (a:Actor) WITH a, COUNT { (a)-[]-(:Actor) } AS d RETURN a.id AS id, d ORDER BY d DESC LIMIT 1",
    );
    const mids = await db.run(
      "MATCH (a:Actor:Person) WITH a, COUNT { (a)-[]-(:Actor) } AS d ORDER BY d DESC SKIP 200 LIMIT 1 RETURN a.id AS id, d",
    );
    const tail = await db.run(
      "MATCH (a:Actor:Person) WITH a, COUNT { (a)-[]-(:Actor) } AS d WHERE d > 0 RETURN a.id AS id ORDER BY d ASC, a.id LIMIT 40",
    );
    const hubId = String(hub?.id);
    const midId = String(mids[0]?.id ?? hubId);
    const ends = tail.map((r) => String(r.id));
    console.log(
      `hub ${hubId} (degree ${hub?.d}), mid ${midId} (degree ${mids[0]?.d}), ${ends.length} path ends`,
    );

    const request = (actor: string, extra: Partial<NeighborhoodRequest> = {}): NeighborhoodRequest => ({
      actor,
      depth: 2,
      minEvidence: 1,
      includeFlagged: false,
      level: "actor",
      limit: 500,
      ...extra,
    });
    const http = async (url: string) => {
      const res = await fetch(base + url);
      if (res.status !== 200) throw new Error(`${url}: ${res.status} ${await res.text()}`);
      return res.json();
    };
    const pair = (i: number) => [ends[i % ends.length] as string, ends[(i * 7 + 3) % ends.length] as string];
    const pathPair = (i: number) => {
      const [a, b] = pair(i);
      return a === b ? [a, ends[(i + 1) % ends.length] as string] : [a, b];
    };

    const cases: Array<{
      name: string;
      api: (i: number) => Promise<unknown>;
      driver: (i: number) => Promise<unknown>;
      runs?: number;
    }> = [
      {
        name: `neighbourhood depth 2, hub, limit 500`,
        api: () => http(`/api/graph/neighborhood?actor=${hubId}&depth=2&limit=500`),
        driver: () => neighborhood(repo, request(hubId)),
      },
      {
        name: `neighbourhood depth 2, mid actor, limit 500`,
        api: () => http(`/api/graph/neighborhood?actor=${midId}&depth=2&limit=500`),
        driver: () => neighborhood(repo, request(midId)),
      },
      {
        name: `neighbourhood depth 2, hub, 2023 only (from evidence)`,
        runs: Math.max(5, Math.round(RUNS / 10)),
        api: () =>
          http(`/api/graph/neighborhood?actor=${hubId}&depth=2&limit=500&from=2023-01-01&to=2023-12-31`),
        driver: () => neighborhood(repo, request(hubId, { from: "2023-01-01", to: "2023-12-31" })),
      },
      {
        name: `neighbourhood depth 2, hub, country level`,
        api: () => http(`/api/graph/neighborhood?actor=${hubId}&depth=2&limit=500&level=country`),
        driver: () => neighborhood(repo, request(hubId, { level: "country" })),
      },
      {
        name: "shortest paths, tail to tail, maxDepth 6",
        api: (i) => {
          const [a, b] = pathPair(i);
          return http(`/api/graph/path?from=${a}&to=${b}&maxDepth=6`);
        },
        driver: (i) => {
          const [a, b] = pathPair(i);
          return shortestPaths(repo, { from: a as string, to: b as string, maxDepth: 6, limit: 10 });
        },
      },
    ];

    const results: Array<Record<string, string | number>> = [];
    const only = (flags.only ?? "").split("|").filter((w) => w !== "");
    for (const c of cases.filter((k) => only.length === 0 || only.some((w) => k.name.includes(w)))) {
      const { api, driver } = await timeBoth(c.runs ?? RUNS, c.api, c.driver);
      console.log(`  ${c.name}: API p50 ${api.p50.toFixed(1)} ms, driver p50 ${driver.p50.toFixed(1)} ms`);
      results.push({
        query: c.name,
        "API p50 ms": api.p50.toFixed(1),
        "API p99 ms": api.p99.toFixed(1),
        "driver p50 ms": driver.p50.toFixed(1),
        "driver p99 ms": driver.p99.toFixed(1),
        "API/driver p50": (api.p50 / driver.p50).toFixed(2),
      });
    }
    console.log(
      `\n${ACTORS} actors, ${EVIDENCE} statements, ${RUNS} runs each; ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
    );
    console.table(results);
    const out = path.resolve(NEO4J_DIR, "..", "bench", "results");
    mkdirSync(out, { recursive: true });
    writeFileSync(
      path.join(out, `query-${ACTORS}-${EVIDENCE}.json`),
      JSON.stringify(
        { actors: ACTORS, evidence: EVIDENCE, runs: RUNS, hub: hubId, mid: midId, results },
        null,
        2,
      ),
    );
    await app.close();
  } finally {
    await db.close();
  }
  console.log(
    `the bench Neo4j keeps running on ${uri} for reuse; stop it with: kill ${runningPid(instance)}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
