import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GraphRepository } from "../../server/src/db/graph-repository.js";
import { neighborhood } from "../../server/src/services/explore.js";
import { testAppOnFreshGraph } from "../support/app.js";
import { loadFixture } from "../support/graph-fixture.js";

interface Graph {
  nodes: Array<{ data: Record<string, unknown> & { id: string; evidenceCount: number } }>;
  edges: Array<{
    data: Record<string, unknown> & {
      id: string;
      source: string;
      target: string;
      type: string;
      evidenceCount: number;
    };
  }>;
  truncated: boolean;
  paths?: string[][];
}

describe("GET /api/graph/neighborhood", () => {
  let app: FastifyInstance;
  const get = async (qs: string) => app.inject({ method: "GET", url: `/api/graph/neighborhood${qs}` });
  const graph = async (qs: string): Promise<Graph> => {
    const res = await get(qs);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const edgeIds = (g: Graph) => g.edges.map((e) => e.data.id).sort();

  beforeAll(async () => {
    app = await testAppOnFreshGraph({ load: loadFixture });
  });
  afterAll(async () => {
    await app.close();
  });

  it("returns the whole graph without actor: asserted relations only, strongest first, Cytoscape-ready", async () => {
    const g = await graph("");
    expect(g.truncated).toBe(false);
    expect(g.edges.length).toBe(16);
    expect(g.edges[0]?.data).toMatchObject({
      id: "armenia--ACCUSES--azerbaijan",
      source: "armenia",
      target: "azerbaijan",
      type: "ACCUSES",
      polarity: "conflictual",
      weight: -2,
      evidenceCount: 2,
      sourceCount: 2,
      firstSeen: "2023-09-20",
      lastSeen: "2024-02-01",
    });
    // negated and future statements stay out of the default view
    expect(edgeIds(g)).not.toContain("nikol-pashinyan--ACCUSES--russia");
    expect(edgeIds(g)).not.toContain("ilham-aliyev--TALKS_WITH--vladimir-putin");
    const ids = new Set(g.nodes.map((n) => n.data.id));
    for (const e of g.edges) {
      expect(ids.has(e.data.source)).toBe(true);
      expect(ids.has(e.data.target)).toBe(true);
    }
    const lavrov = g.nodes.find((n) => n.data.id === "sergey-lavrov");
    expect(lavrov?.data).toMatchObject({
      label: "Sergey Lavrov",
      kind: "person",
      affiliation: "RUS",
      role: "Foreign Minister of Russia",
      evidenceCount: 3,
    });
  });

  it("bounds the whole graph by limit and says it was truncated", async () => {
    const g = await graph("?limit=3");
    expect(g.edges).toHaveLength(3);
    expect(g.truncated).toBe(true);
  });

  it("grows the neighbourhood ring by ring", async () => {
    const one = await graph("?actor=sergey-lavrov&depth=1");
    expect(edgeIds(one)).toEqual([
      "sergey-lavrov--CALLS_FOR_CEASEFIRE--armenia",
      "sergey-lavrov--CALLS_FOR_CEASEFIRE--azerbaijan",
    ]);
    expect(one.edges.find((e) => e.data.target === "armenia")?.data.evidenceCount).toBe(2);
    const two = await graph("?actor=sergey-lavrov&depth=2");
    expect(edgeIds(two)).toContain("armenia--ACCUSES--azerbaijan");
    expect(edgeIds(two)).toContain("turkey--SUPPORTS--azerbaijan");
    expect(edgeIds(two)).not.toContain("ilham-aliyev--DENIES--france");
    const three = await graph("?actor=sergey-lavrov&depth=3");
    expect(edgeIds(three)).toContain("ilham-aliyev--DENIES--france");
    expect(three.edges.length).toBeGreaterThan(two.edges.length);
  });

  it("does not expand supernodes beyond the first ring, and says the view is truncated", async () => {
    const request = {
      actor: "sergey-lavrov",
      depth: 2,
      minEvidence: 1,
      includeFlagged: false,
      limit: 500,
    } as const;
    const repo = new GraphRepository(app.db);
    const capped = await neighborhood(repo, { ...request, level: "actor", supernodeDegree: 10 });
    expect(capped.truncated).toBe(true);
    expect(capped.edges.map((e) => e.data.id).sort()).toEqual([
      "sergey-lavrov--CALLS_FOR_CEASEFIRE--armenia",
      "sergey-lavrov--CALLS_FOR_CEASEFIRE--azerbaijan",
    ]);
    const open = await neighborhood(repo, { ...request, level: "actor" });
    expect(open.truncated).toBe(false);
    expect(open.edges.length).toBeGreaterThan(2);
  });

  it("filters by type and polarity", async () => {
    const accuses = await graph("?types=ACCUSES");
    expect(accuses.edges.every((e) => e.data.type === "ACCUSES")).toBe(true);
    expect(accuses.edges).toHaveLength(4);
    const coop = await graph("?polarity=cooperative");
    expect(coop.edges.every((e) => e.data.polarity === "cooperative")).toBe(true);
    const none = await graph("?types=ACCUSES&polarity=cooperative");
    expect(none.edges).toEqual([]);
  });

  it("recomputes aggregates from the evidence in a time window", async () => {
    const g = await graph("?from=2024-01-01&to=2024-12-31");
    expect(edgeIds(g)).toEqual([
      "armenia--ACCUSES--azerbaijan",
      "osce--OFFERS_MEDIATION--armenia",
      "osce--OFFERS_MEDIATION--azerbaijan",
      "russia--CALLS_FOR_TALKS--armenia",
    ]);
    const accuses = g.edges.find((e) => e.data.id === "armenia--ACCUSES--azerbaijan")?.data;
    expect(accuses).toMatchObject({
      evidenceCount: 1,
      sourceCount: 1,
      firstSeen: "2024-02-01",
      lastSeen: "2024-02-01",
      maxConfidence: 0.55,
    });
    const lavrov = await graph("?actor=sergey-lavrov&to=2020-10-02");
    expect(lavrov.edges.find((e) => e.data.target === "armenia")?.data.evidenceCount).toBe(1);
  });

  it("filters by confidence and minimum evidence", async () => {
    const confident = await graph("?minConfidence=0.8");
    expect(edgeIds(confident)).not.toContain("russia--SUPPORTS--armenia");
    expect(
      confident.edges.find((e) => e.data.id === "armenia--ACCUSES--azerbaijan")?.data.evidenceCount,
    ).toBe(1);
    const strong = await graph("?minEvidence=2");
    expect(edgeIds(strong)).toEqual([
      "armenia--ACCUSES--azerbaijan",
      "azerbaijani-armed-forces--ATTACKS--armenia",
      "sergey-lavrov--CALLS_FOR_CEASEFIRE--armenia",
    ]);
  });

  it("includes negated and future statements only when asked", async () => {
    const g = await graph("?includeFlagged=true");
    expect(edgeIds(g)).toContain("nikol-pashinyan--ACCUSES--russia");
    expect(edgeIds(g)).toContain("ilham-aliyev--TALKS_WITH--vladimir-putin");
  });

  it("folds actors into their affiliation at country level", async () => {
    const g = await graph("?level=country");
    const accuses = g.edges.find((e) => e.data.id === "ARM--ACCUSES--AZE")?.data;
    // defence ministry → armed forces (2020), Pashinyan → Azerbaijan (2022), Armenia → Azerbaijan (2023, 2024)
    expect(accuses).toMatchObject({
      source: "ARM",
      target: "AZE",
      evidenceCount: 4,
      firstSeen: "2020-10-05",
      lastSeen: "2024-02-01",
    });
    expect(g.edges.some((e) => e.data.source === e.data.target)).toBe(false);
    const arm = g.nodes.find((n) => n.data.id === "ARM")?.data;
    expect(arm).toMatchObject({ label: "Armenia", kind: "state", affiliation: "ARM" });
    expect(g.nodes.map((n) => n.data.id)).not.toContain("nikol-pashinyan");

    const exact = await graph("?level=country&from=2020-01-01");
    expect(exact.edges.find((e) => e.data.id === "ARM--ACCUSES--AZE")?.data).toMatchObject({
      evidenceCount: 4,
      sourceCount: 4,
    });

    const byCode = await graph("?level=country&actor=RUS");
    const byActor = await graph("?level=country&actor=sergey-lavrov");
    expect(edgeIds(byCode)).toEqual(edgeIds(byActor));
    expect(edgeIds(byCode)).toContain("RUS--CALLS_FOR_CEASEFIRE--ARM");
  });

  it("answers 404 for an unknown centre and 400 for bad parameters", async () => {
    for (const qs of ["?actor=nobody", "?actor=XXX&level=country"]) {
      const res = await get(qs);
      expect(res.statusCode).toBe(404);
      expect(res.json().error).toMatchObject({ code: "NOT_FOUND", requestId: expect.any(String) });
    }
    for (const qs of [
      "?depth=4",
      "?depth=0",
      "?depth=two",
      "?limit=5001",
      "?limit=0",
      "?types=ACCUSES,LOVES",
      "?types=",
      "?polarity=friendly",
      "?level=planet",
      "?from=2020-13-45",
      "?from=2020-02-30",
      "?to=2021-02-29",
      "?from=yesterday",
      "?minConfidence=2",
      "?minEvidence=-1",
      "?includeFlagged=maybe",
      "?actor=RUS",
      "?actor=Sergey%20Lavrov",
      "?format=pdf",
    ]) {
      const res = await get(qs);
      expect(res.statusCode, qs).toBe(400);
      expect(res.json().error.code, qs).toBe("VALIDATION_FAILED");
    }
  });
});

describe("GET /api/graph/path", () => {
  let app: FastifyInstance;
  const get = async (qs: string) => app.inject({ method: "GET", url: `/api/graph/path${qs}` });

  beforeAll(async () => {
    app = await testAppOnFreshGraph({ load: loadFixture });
  });
  afterAll(async () => {
    await app.close();
  });

  it("finds shortest paths in either direction, with the ordered edge ids", async () => {
    const res = await get("?from=sergey-lavrov&to=turkey");
    expect(res.statusCode, res.body).toBe(200);
    const g: Graph = res.json();
    expect(g.paths).toEqual([
      ["sergey-lavrov--CALLS_FOR_CEASEFIRE--azerbaijan", "turkey--SUPPORTS--azerbaijan"],
    ]);
    expect(g.nodes.map((n) => n.data.id).sort()).toEqual(["azerbaijan", "sergey-lavrov", "turkey"]);
    expect(g.edges).toHaveLength(2);
    expect(g.truncated).toBe(false);
  });

  it("respects types and maxDepth, and answers empty when no path fits", async () => {
    const none = (await get("?from=sergey-lavrov&to=turkey&maxDepth=1")).json();
    expect(none.paths).toEqual([]);
    const typed = (
      await get("?from=sergey-lavrov&to=turkey&types=CALLS_FOR_CEASEFIRE,ACCUSES,SUPPORTS")
    ).json();
    expect(typed.paths[0]).toHaveLength(2);
    const isolated = (await get("?from=sergey-lavrov&to=hamas")).json();
    expect(isolated).toMatchObject({ edges: [], paths: [] });
  });

  it("answers 404 for unknown actors and 400 for bad parameters", async () => {
    const res = await get("?from=sergey-lavrov&to=nobody");
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toContain("nobody");
    for (const qs of [
      "?from=sergey-lavrov",
      "?from=a&to=a",
      "?from=a&to=b&maxDepth=7",
      "?from=a&to=b&types=HUGS",
      "?from=A%20B&to=b",
    ]) {
      const r = await get(qs);
      expect(r.statusCode, qs).toBe(400);
      expect(r.json().error.code).toBe("VALIDATION_FAILED");
    }
  });
});
