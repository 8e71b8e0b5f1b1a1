import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticActors, syntheticArticles } from "../../bench/synthetic.js";
import { testApp, testAppOnFreshGraph } from "../support/app.js";
import { GraphLoader, loadFixture } from "../support/graph-fixture.js";
import { resetGraph } from "../support/test-db.js";

const INJECTIONS = [
  "' OR 1=1 //",
  '"}) DETACH DELETE n //',
  "$x",
  "name:*",
  "*:*",
  "armenia' }) MATCH (n) DETACH DELETE n //",
  "`x`",
  "\\",
  "ACCUSES]->() DETACH DELETE n //",
];

const ENDPOINT_PARAMS: Array<[string, string]> = [
  ["/api/actors", "q"],
  ["/api/actors", "kind"],
  ["/api/actors", "affiliation"],
  ["/api/graph/neighborhood", "actor"],
  ["/api/graph/neighborhood", "types"],
  ["/api/graph/neighborhood", "polarity"],
  ["/api/graph/neighborhood", "from"],
  ["/api/graph/neighborhood", "level"],
  ["/api/graph/neighborhood", "format"],
  ["/api/graph/path", "from"],
  ["/api/graph/path", "types"],
  ["/api/relations", "source"],
  ["/api/relations", "target"],
  ["/api/relations", "type"],
  ["/api/relations", "to"],
];

async function counts(app: FastifyInstance): Promise<string> {
  const rows = await app.db.run(
    "MATCH (n) WITH count(n) AS nodes CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels",
  );
  return JSON.stringify(rows.map((r) => [String(r.nodes), String(r.rels)]));
}

describe("injection attempts", () => {
  let app: FastifyInstance;
  let before: string;

  beforeAll(async () => {
    app = await testAppOnFreshGraph({ load: loadFixture });
    before = await counts(app);
  });
  afterAll(async () => {
    await app.close();
  });

  it("answer 400 or a harmless empty result in every string parameter, and leave the graph intact", async () => {
    for (const [path, param] of ENDPOINT_PARAMS) {
      for (const attack of INJECTIONS) {
        const extra = path === "/api/graph/path" && param !== "from" ? "&from=armenia&to=turkey" : "";
        const url = `${path}?${param}=${encodeURIComponent(attack)}${extra}${path === "/api/graph/path" && param === "from" ? "&to=turkey" : ""}`;
        const res = await app.inject({ method: "GET", url });
        const label = `${param}=${attack} on ${path}`;
        if (res.statusCode === 200) {
          const body = res.json();
          expect(param, label).toBe("q");
          expect(body.items, label).toEqual([]);
        } else {
          expect(res.statusCode, label).toBe(400);
          expect(res.json().error.code, label).toBe("VALIDATION_FAILED");
        }
      }
    }
    for (const attack of INJECTIONS) {
      for (const url of [
        `/api/actors/${encodeURIComponent(attack)}`,
        `/api/relations/${encodeURIComponent(attack)}/evidence`,
      ]) {
        const res = await app.inject({ method: "GET", url });
        expect([400, 404], url).toContain(res.statusCode);
        expect(res.json().error.code).toMatch(/VALIDATION_FAILED|NOT_FOUND/);
      }
    }
    expect(await counts(app)).toBe(before);
  });

  it("treats Lucene syntax in q as plain words", async () => {
    for (const q of [
      "name:*",
      "lavr*",
      "lavrov~",
      "(lavrov OR putin)",
      "+lavrov -putin",
      '"sergey lavrov"',
    ]) {
      const res = await app.inject({ method: "GET", url: `/api/actors?q=${encodeURIComponent(q)}` });
      expect(res.statusCode, q).toBe(200);
    }
    const words = (await app.inject({ method: "GET", url: "/api/actors?q=(lavrov%20OR%20putin)" })).json();
    // every word must match: "lavrov", "or", "putin" never all match one actor
    expect(words.items).toEqual([]);
  });
});

describe("CORS", () => {
  it("allows configured origins only", async () => {
    const app = await testApp({ CORS_ORIGINS: "https://notebook.example" });
    try {
      const ok = await app.inject({
        method: "GET",
        url: "/api/ontology",
        headers: { origin: "https://notebook.example" },
      });
      expect(ok.headers["access-control-allow-origin"]).toBe("https://notebook.example");
      const other = await app.inject({
        method: "GET",
        url: "/api/ontology",
        headers: { origin: "https://evil.example" },
      });
      expect(other.headers["access-control-allow-origin"]).toBeUndefined();
      const preflight = await app.inject({
        method: "OPTIONS",
        url: "/api/graph/neighborhood",
        headers: { origin: "https://notebook.example", "access-control-request-method": "GET" },
      });
      expect(preflight.statusCode).toBe(204);
      expect(preflight.headers["access-control-allow-origin"]).toBe("https://notebook.example");
    } finally {
      await app.close();
    }
  });
});

describe("a runaway query", () => {
  it("is stopped by the per-query timeout and answers 504 QUERY_TIMEOUT", async () => {
    const app = await testApp({ NEO4J_QUERY_TIMEOUT_MS: "100" });
    try {
      await resetGraph(app.db);
      // A dense synthetic graph: recomputing every edge from its evidence takes far longer than 100 ms.
      const loader = new GraphLoader(app.db, 5_000);
      const { actors } = syntheticActors(300, 7);
      await loader.actors(actors);
      for (const a of syntheticArticles({
        actors: 300,
        articles: 6_000,
        relationsPerArticle: 5,
        seed: 7,
        years: 5,
      }))
        await loader.article(a.meta, a.result);
      await loader.finish();
      const res = await app.inject({
        method: "GET",
        url: "/api/graph/neighborhood?includeFlagged=true&level=country&limit=5000",
      });
      expect(res.statusCode, res.body.slice(0, 200)).toBe(504);
      expect(res.json().error).toMatchObject({ code: "QUERY_TIMEOUT", requestId: expect.any(String) });
      // the app still answers after the timeout
      expect((await app.inject({ method: "GET", url: "/api/ontology" })).statusCode).toBe(200);
    } finally {
      await resetGraph(app.db);
      await app.close();
    }
  }, 120_000);
});
