import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testAppOnFreshGraph } from "../support/app.js";
import { loadFixture } from "../support/graph-fixture.js";

describe("GET /api/stats", () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testAppOnFreshGraph();
  });
  afterAll(async () => {
    await app.close();
  });

  it("answers zeros and no date range on an empty graph", async () => {
    const body = (await app.inject({ method: "GET", url: "/api/stats" })).json();
    expect(body).toMatchObject({
      articles: 0,
      evidence: 0,
      actors: { total: 0 },
      relations: { total: 0, byType: [] },
    });
    expect(body.dateRange).toEqual({ from: null, to: null });
  });

  it("counts actors by kind, articles, evidence and relations by type", async () => {
    await loadFixture(app.db);
    const res = await app.inject({ method: "GET", url: "/api/stats" });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.actors.total).toBe(15);
    expect(body.actors.byKind).toMatchObject({
      state: 5,
      person: 5,
      igo: 2,
      group: 1,
      government_body: 1,
      armed_force: 1,
      ngo: 0,
      media: 0,
    });
    expect(body.articles).toBe(6);
    expect(body.evidence).toBe(21);
    expect(body.relations.total).toBe(18);
    expect(body.relations.byType).toContainEqual({ type: "ACCUSES", relations: 5, evidence: 6 });
    expect(body.dateRange).toEqual({ from: "2020-10-01", to: "2024-02-01" });
  });
});
