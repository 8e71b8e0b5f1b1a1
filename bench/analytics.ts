/**
 * npm run bench:analytics [-- --actors 20000 --evidence 1000000 --runs 30 --from 2024-01-01 --to 2024-12-31]
 *
 * Times the analytics endpoints on the synthetic graph of bench/query.ts, in the same local
 * Neo4j (neo4j/.local/bench): through the HTTP API (real HTTP on a loopback port) and through
 * the service straight on the driver, interleaved, with p50/p99. The graph is not loaded
 * here: when the bench Neo4j is not running with those sizes, bench/query.ts is run once
 * (with --runs 1) to load it, so both benchmarks share one loader and one instance.
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

async function timeBoth(runs: number, api: () => Promise<unknown>, driver: () => Promise<unknown>) {
  for (let i = 0; i < Math.min(1, runs); i++) {
    await api();
    await driver();
  }
  const a: number[] = [];
  const d: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    await api();
    a.push(performance.now() - t);
    t = performance.now();
    await driver();
    d.push(performance.now() - t);
  }
  const stats = (ms: number[]) => {
    ms.sort((x, y) => x - y);
    return { p50: percentile(ms, 0.5), p99: percentile(ms, 0.99) };
  };
  return { api: stats(a), driver: stats(d) };
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
  const service = new AnalyticsService(new AnalyticsRepository(db));
  const repository = new AnalyticsRepository(db);
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
    const w = `from=${WINDOW.from}&to=${WINDOW.to}`;
    const countryDyads = await service.dyads(DyadsQuery.parse({ ...WINDOW, level: "country", limit: "1" }));
    const actorDyads = await service.dyads(DyadsQuery.parse({ ...WINDOW, level: "actor", limit: "1" }));
    const top = countryDyads.dyads[0];
    const topActors = actorDyads.dyads[0];
    if (!top || !topActors) throw new Error("no conflictual dyad in the window");
    console.log(
      `${inWindow} statements in ${WINDOW.from}..${WINDOW.to}; top dyads ${top.a.id}–${top.b.id} (country), ` +
        `${topActors.a.id}–${topActors.b.id} (actor)`,
    );
    const filter = { ...WINDOW, types: RELATION_TYPES, assertedOnly: true } as const;

    const cases: Array<{
      name: string;
      runs: number;
      api: () => Promise<unknown>;
      driver: () => Promise<unknown>;
    }> = [
      {
        name: "alignment, country, 1 year",
        runs: RUNS,
        api: () => http(`/api/analytics/alignment?level=country&${w}`),
        driver: () => service.alignment(AlignmentQuery.parse({ ...WINDOW, level: "country" })),
      },
      {
        name: "  of which: ties query, country",
        runs: RUNS,
        api: () => repository.ties({ ...filter, level: "country" }),
        driver: () => repository.ties({ ...filter, level: "country" }),
      },
      {
        name: "dyads, country, 1 year",
        runs: RUNS,
        api: () => http(`/api/analytics/dyads?level=country&${w}`),
        driver: () => service.dyads(DyadsQuery.parse({ ...WINDOW, level: "country" })),
      },
      {
        name: `mediation ${top.a.id}–${top.b.id}, country, 1 year`,
        runs: RUNS,
        api: () => http(`/api/analytics/mediation?a=${top.a.id}&b=${top.b.id}&level=country&${w}`),
        driver: () =>
          service.mediation(MediationQuery.parse({ ...WINDOW, a: top.a.id, b: top.b.id, level: "country" })),
      },
      {
        name: "mediation, top actor dyad, actor, 1 year",
        runs: RUNS,
        api: () => http(`/api/analytics/mediation?a=${topActors.a.id}&b=${topActors.b.id}&level=actor&${w}`),
        driver: () =>
          service.mediation(
            MediationQuery.parse({ ...WINDOW, a: topActors.a.id, b: topActors.b.id, level: "actor" }),
          ),
      },
      {
        name: "timeline, everything, week, 1 year",
        runs: RUNS,
        api: () => http(`/api/analytics/timeline?bucket=week&level=country&${w}`),
        driver: () => service.timeline(TimelineQuery.parse({ ...WINDOW, bucket: "week", level: "country" })),
      },
      {
        name: `timeline, dyad ${top.a.id}–${top.b.id}, week, 1 year`,
        runs: RUNS,
        api: () => http(`/api/analytics/timeline?a=${top.a.id}&b=${top.b.id}&bucket=week&level=country&${w}`),
        driver: () =>
          service.timeline(
            TimelineQuery.parse({ ...WINDOW, a: top.a.id, b: top.b.id, bucket: "week", level: "country" }),
          ),
      },
      {
        name: "alignment, actor, 1 year",
        runs: Math.max(3, Math.ceil(RUNS / 5)),
        api: () => http(`/api/analytics/alignment?level=actor&${w}`),
        driver: () => service.alignment(AlignmentQuery.parse({ ...WINDOW, level: "actor" })),
      },
    ];

    const results: Array<Record<string, string | number>> = [];
    for (const c of cases) {
      const { api, driver } = await timeBoth(c.runs, c.api, c.driver);
      const row = {
        case: c.name,
        runs: c.runs,
        "API p50 ms": api.p50.toFixed(0),
        "API p99 ms": api.p99.toFixed(0),
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
      JSON.stringify({ sizes: SIZES, window: WINDOW, inWindow, runs: RUNS, results }, null, 2),
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
