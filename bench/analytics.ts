/**
 * npm run bench:analytics [-- --actors 20000 --evidence 1000000 --runs 30 --from 2024-01-01 --to 2024-12-31]
 *
 * Times the analytics endpoints on the synthetic graph of bench/query.ts, in the same local
 * Neo4j (neo4j/.local/bench): through the HTTP API (real HTTP on a loopback port) and through
 * the service straight on the driver, interleaved, with p50/p99. Run i shifts the one-year
 * window i days earlier, so no two runs ask the same question. The analytics read the in-memory
 * evidence columns (db/evidence-projection.ts), built once first (its time and size are
 * printed); the rows marked "Cypher" time the same reads without them, as after a write.
 * The graph is not loaded here: when the bench Neo4j is not running with those sizes,
 * bench/query.ts is run once (with --runs 1) to load it, so both benchmarks share one loader
 * and one instance.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildApp } from "../server/src/app.js";
import { loadConfig } from "../server/src/config.js";
import {
  AlignmentQuery,
  DyadsQuery,
  MediationQuery,
  TimelineQuery,
} from "../server/src/contracts/analytics.js";
import { AnalyticsRepository } from "../server/src/db/analytics-repository.js";
import { EvidenceProjection, type ProjectionBuild } from "../server/src/db/evidence-projection.js";
import { GraphDb } from "../server/src/db/graph-db.js";
import { type LocalInstance, NEO4J_DIR, runningPid } from "../server/src/db/local-server.js";
import { RELATION_TYPES } from "../server/src/domain/relations.js";
import { AnalyticsService } from "../server/src/services/analytics.js";

const { values: flags } = parseArgs({
  options: {
    actors: { type: "string", default: "20000" },
    evidence: { type: "string", default: "1000000" },
    seed: { type: "string", default: "42" },
    runs: { type: "string", default: "30" },
    from: { type: "string", default: "2024-01-01" },
    to: { type: "string", default: "2024-12-31" },
  },
});
const SIZES = `${flags.actors}/${flags.evidence}/${flags.seed}`;
const RUNS = Number(flags.runs);
const WINDOW = { from: flags.from, to: flags.to };

const HOME = path.join(NEO4J_DIR, ".local", "bench");
const instance = (): LocalInstance => ({
  home: HOME,
  boltPort: Number(readFileSync(path.join(HOME, "bolt-port"), "utf8")),
  heap: "4g",
  pageCache: "2g",
});

async function loadedSizes(): Promise<string | undefined> {
  if (!existsSync(path.join(HOME, "bolt-port")) || runningPid(instance()) === undefined) return undefined;
  const db = connect();
  try {
    const [row] = await db.run("MATCH (m:BenchMarker) RETURN m.sizes AS sizes");
    return row?.sizes === undefined ? undefined : String(row.sizes);
  } finally {
    await db.close();
  }
}

function connect(): GraphDb {
  const password = readFileSync(path.join(HOME, "password"), "utf8").trim();
  return new GraphDb(
    { uri: `bolt://127.0.0.1:${instance().boltPort}`, user: "neo4j", password, database: "neo4j" },
    120_000,
  );
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1)))] as number;
}

async function timeBoth(
  runs: number,
  api: ((run: number) => Promise<unknown>) | undefined,
  driver: (run: number) => Promise<unknown>,
) {
  await api?.(-1);
  await driver(-1);
  const a: number[] = [];
  const d: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    if (api) {
      await api(i);
      a.push(performance.now() - t);
    }
    t = performance.now();
    await driver(i);
    d.push(performance.now() - t);
  }
  const stats = (ms: number[]) => {
    ms.sort((x, y) => x - y);
    return { p50: percentile(ms, 0.5), p99: percentile(ms, 0.99) };
  };
  return { api: api ? stats(a) : undefined, driver: stats(d) };
}

/** The bench window moved `days` earlier (run -1, the warm-up, asks the unshifted one too). */
function shifted(days: number): { from: string; to: string } {
  const move = (day: string) =>
    new Date(Date.parse(`${day}T00:00:00Z`) - Math.max(0, days) * 86_400_000).toISOString().slice(0, 10);
  return { from: move(WINDOW.from), to: move(WINDOW.to) };
}

/** Builds the projection and waits until it holds the database as it is. */
async function built(projection: EvidenceProjection): Promise<void> {
  while ((await projection.current()) === undefined) {
    await projection.settled();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function main(): Promise<void> {
  if ((await loadedSizes()) !== SIZES) {
    console.log(`the bench Neo4j does not hold ${SIZES}: loading it with bench/query.ts (--runs 1)`);
    const run = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "bench/query.ts",
        "--actors",
        String(flags.actors),
        "--evidence",
        String(flags.evidence),
        "--seed",
        String(flags.seed),
        "--runs",
        "1",
      ],
      { stdio: "inherit", cwd: path.resolve(NEO4J_DIR, "..") },
    );
    if (run.status !== 0 || (await loadedSizes()) !== SIZES)
      throw new Error("could not load the bench graph");
  }
  const db = connect();
  const builds: ProjectionBuild[] = [];
  const rssBefore = process.memoryUsage().rss;
  const projection = new EvidenceProjection(db, (b) => builds.push(b));
  await built(projection);
  const rssAfter = process.memoryUsage().rss;
  const build = builds[builds.length - 1];
  if (build)
    console.log(
      `evidence columns: ${build.statements} statements, ${(build.bytes / 2 ** 20).toFixed(1)} MiB of columns, ` +
        `built in ${(build.ms / 1000).toFixed(1)} s (process RSS +${((rssAfter - rssBefore) / 2 ** 20).toFixed(0)} MiB)`,
    );
  const repository = new AnalyticsRepository(db, projection);
  const service = new AnalyticsService(repository);
  const cypherOnly = new AnalyticsRepository(db);
  const serviceOnCypher = new AnalyticsService(cypherOnly);
  const config = loadConfig({
    LOG_LEVEL: "silent",
    SEED_ON_START: "false",
    RATE_LIMIT_PER_MINUTE: "100000000",
    NEO4J_QUERY_TIMEOUT_MS: "120000",
  });
  const password = readFileSync(path.join(HOME, "password"), "utf8").trim();
  const app = await buildApp({
    ...config,
    neo4j: { uri: `bolt://127.0.0.1:${instance().boltPort}`, user: "neo4j", password, database: "neo4j" },
  });
  try {
    await app.listen({ port: 0, host: "127.0.0.1" });
    await built(app.projection);
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    const http = async (url: string) => {
      const res = await fetch(base + url);
      if (res.status !== 200) throw new Error(`${url}: ${res.status} ${await res.text()}`);
      return res.json();
    };
    const [counts] = await db.run(
      "MATCH (e:Evidence) WHERE e.publishedAt >= date($from) AND e.publishedAt <= date($to) RETURN count(e) AS n",
      WINDOW,
    );
    const inWindow = Number(counts?.n ?? 0);
    const countryDyads = await service.dyads(DyadsQuery.parse({ ...WINDOW, level: "country", limit: "1" }));
    const actorDyads = await service.dyads(DyadsQuery.parse({ ...WINDOW, level: "actor", limit: "1" }));
    const top = countryDyads.dyads[0];
    const topActors = actorDyads.dyads[0];
    if (!top || !topActors) throw new Error("no conflictual dyad in the window");
    console.log(
      `${inWindow} statements in ${WINDOW.from}..${WINDOW.to}; top dyads ${top.a.id}–${top.b.id} (country), ` +
        `${topActors.a.id}–${topActors.b.id} (actor)`,
    );
    const qs = (i: number) => {
      const { from, to } = shifted(i);
      return `from=${from}&to=${to}`;
    };
    const filter = (i: number, level: "actor" | "country") =>
      ({ ...shifted(i), level, types: RELATION_TYPES, assertedOnly: true }) as const;
    const mediation = (a: string, b: string, level: "actor" | "country") => (i: number) =>
      MediationQuery.parse({ ...shifted(i), a, b, level });
    const fewer = Math.max(3, Math.ceil(RUNS / 5));

    /** `api` absent: the case has no HTTP form (the app always reads the columns once built). */
    const cases: Array<{
      name: string;
      runs: number;
      api?: (i: number) => Promise<unknown>;
      driver: (i: number) => Promise<unknown>;
    }> = [
      {
        name: "alignment, country, 1 year",
        runs: RUNS,
        api: (i) => http(`/api/analytics/alignment?level=country&${qs(i)}`),
        driver: (i) => service.alignment(AlignmentQuery.parse({ ...shifted(i), level: "country" })),
      },
      {
        name: "  the same, Cypher (columns stale)",
        runs: fewer,
        driver: (i) => serviceOnCypher.alignment(AlignmentQuery.parse({ ...shifted(i), level: "country" })),
      },
      {
        name: "  of which: ties read, columns",
        runs: RUNS,
        driver: (i) => repository.ties(filter(i, "country")),
      },
      {
        name: "  of which: ties read, Cypher",
        runs: fewer,
        driver: (i) => cypherOnly.ties(filter(i, "country")),
      },
      {
        name: "dyads, country, 1 year",
        runs: RUNS,
        api: (i) => http(`/api/analytics/dyads?level=country&${qs(i)}`),
        driver: (i) => service.dyads(DyadsQuery.parse({ ...shifted(i), level: "country" })),
      },
      {
        name: `mediation ${top.a.id}–${top.b.id}, country, 1 year`,
        runs: RUNS,
        api: (i) => http(`/api/analytics/mediation?a=${top.a.id}&b=${top.b.id}&level=country&${qs(i)}`),
        driver: (i) => service.mediation(mediation(top.a.id, top.b.id, "country")(i)),
      },
      {
        name: "mediation, top actor dyad, actor, 1 year",
        runs: RUNS,
        api: (i) =>
          http(`/api/analytics/mediation?a=${topActors.a.id}&b=${topActors.b.id}&level=actor&${qs(i)}`),
        driver: (i) => service.mediation(mediation(topActors.a.id, topActors.b.id, "actor")(i)),
      },
      {
        name: "timeline, everything, week, 1 year",
        runs: RUNS,
        api: (i) => http(`/api/analytics/timeline?bucket=week&level=country&${qs(i)}`),
        driver: (i) =>
          service.timeline(TimelineQuery.parse({ ...shifted(i), bucket: "week", level: "country" })),
      },
      {
        name: `timeline, dyad ${top.a.id}–${top.b.id}, week, 1 year`,
        runs: RUNS,
        api: (i) =>
          http(`/api/analytics/timeline?a=${top.a.id}&b=${top.b.id}&bucket=week&level=country&${qs(i)}`),
        driver: (i) =>
          service.timeline(
            TimelineQuery.parse({
              ...shifted(i),
              a: top.a.id,
              b: top.b.id,
              bucket: "week",
              level: "country",
            }),
          ),
      },
      {
        name: "alignment, actor, 1 year",
        runs: fewer,
        api: (i) => http(`/api/analytics/alignment?level=actor&${qs(i)}`),
        driver: (i) => service.alignment(AlignmentQuery.parse({ ...shifted(i), level: "actor" })),
      },
    ];

    const results: Array<Record<string, string | number>> = [];
    for (const c of cases) {
      const { api, driver } = await timeBoth(c.runs, c.api, c.driver);
      const row = {
        case: c.name,
        runs: c.runs,
        "API p50 ms": api?.p50.toFixed(0) ?? "–",
        "API p99 ms": api?.p99.toFixed(0) ?? "–",
        "service p50 ms": driver.p50.toFixed(0),
        "service p99 ms": driver.p99.toFixed(0),
      };
      console.log(row);
      results.push(row);
    }
    console.log(
      `\n${flags.actors} actors, ${flags.evidence} statements (${inWindow} in the window); ` +
        `${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
    );
    console.table(results);
    const out = path.resolve(NEO4J_DIR, "..", "bench", "results");
    mkdirSync(out, { recursive: true });
    writeFileSync(
      path.join(out, `analytics-${flags.actors}-${flags.evidence}.json`),
      JSON.stringify(
        { sizes: SIZES, window: WINDOW, inWindow, runs: RUNS, columns: build, results },
        null,
        2,
      ),
    );
  } finally {
    await app.close();
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
