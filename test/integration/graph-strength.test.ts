import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphResponse } from "../../server/src/contracts/graph.js";
import { GraphRepository } from "../../server/src/db/graph-repository.js";
import type { RelationType } from "../../server/src/domain/relations.js";
import { type NeighborhoodRequest, neighborhood } from "../../server/src/services/explore.js";
import { testAppOnFreshGraph } from "../support/app.js";
import { loadSyntheticGraph } from "../support/synthetic-graph.js";

const ACTORS = 150;

/** A heavy-tailed graph whose hub pairs carry dozens of statements, so every strength threshold matters. */
const loadSynthetic = (db: FastifyInstance["db"]) =>
  loadSyntheticGraph(db, { actors: ACTORS, articles: 1_200, relationsPerArticle: 6, seed: 11, years: 2 });

/** Strength ranks; at the cut, equally strong edges may differ, so edges strictly above it must match. */
function expectSameRanking(indexed: GraphResponse, ranked: GraphResponse): void {
  const counts = (g: GraphResponse) => g.edges.map((e) => e.data.evidenceCount);
  expect(counts(indexed)).toEqual(counts(ranked));
  const cut = Math.min(...counts(ranked));
  const above = (g: GraphResponse) =>
    g.edges
      .filter((e) => e.data.evidenceCount > cut)
      .map((e) => JSON.stringify(e.data))
      .sort();
  expect(above(indexed)).toEqual(above(ranked));
  expect(indexed.truncated).toBe(ranked.truncated);
}

describe("ranking by the strength indexes", () => {
  let app: FastifyInstance;
  let repo: GraphRepository;
  const base: NeighborhoodRequest = {
    depth: 1,
    minEvidence: 1,
    includeFlagged: false,
    level: "actor",
    limit: 40,
  };
  /** Both ways: the indexes always (degree threshold 0), and never (every relationship ranked). */
  const both = async (req: NeighborhoodRequest) => {
    const indexed = await neighborhood(repo, { ...req, strengthIndexDegree: 0 });
    const ranked = await neighborhood(repo, { ...req, strengthIndexDegree: Number.MAX_SAFE_INTEGER });
    return { indexed, ranked };
  };

  beforeAll(async () => {
    app = await testAppOnFreshGraph({ load: loadSynthetic });
    repo = new GraphRepository(app.db);
  }, 120_000);
  afterAll(async () => {
    await app.close();
  });

  it("the graph has strong hub edges (above the highest probe) and a long tail of weak ones", async () => {
    const { ranked } = await both({ ...base, limit: 5_000 });
    const counts = ranked.edges.map((e) => e.data.evidenceCount);
    expect(Math.max(...counts)).toBeGreaterThan(64);
    expect(counts.filter((c) => c === 1).length).toBeGreaterThan(100);
  });

  const cases: Array<[string, Partial<NeighborhoodRequest>]> = [
    ["the whole graph", {}],
    ["the whole graph, a tight limit", { limit: 3 }],
    ["the whole graph, everything", { limit: 5_000 }],
    ["the top hub, one ring", { actor: "state-0" }],
    ["the top hub, two rings", { actor: "state-0", depth: 2, limit: 300 }],
    ["a mid actor, three rings", { actor: "person-40", depth: 3, limit: 200 }],
    ["one type", { actor: "state-1", types: ["TALKS_WITH"] as RelationType[] }],
    ["two types, the whole graph", { types: ["ACCUSES", "CONDEMNS"] as RelationType[], limit: 25 }],
    ["a minimum of statements", { actor: "state-0", depth: 2, minEvidence: 5, limit: 100 }],
    ["a minimum above every edge", { actor: "state-0", minEvidence: 100_000 }],
  ];
  for (const [name, extra] of cases) {
    it(`gives the edges ranking every relationship gives: ${name}`, async () => {
      const { indexed, ranked } = await both({ ...base, ...extra });
      expectSameRanking(indexed, ranked);
      if (extra.minEvidence !== 100_000) expect(ranked.edges.length).toBeGreaterThan(0);
    });
  }

  it("sees a write at once: a strengthened edge moves up in the same way both ways", async () => {
    const before = await both({ ...base, actor: "state-0", limit: 5 });
    const weakest = before.ranked.edges.at(-1)?.data;
    expect(weakest).toBeDefined();
    if (!weakest) return;
    await app.db.run(
      "MATCH ()-[r {id: $id}]->() WHERE r.assertedCount IS NOT NULL SET r.assertedCount = r.assertedCount + 1000",
      { id: weakest.id },
    );
    const after = await both({ ...base, actor: "state-0", limit: 5 });
    expectSameRanking(after.indexed, after.ranked);
    expect(after.indexed.edges[0]?.data.id).toBe(weakest.id);
  });
});
