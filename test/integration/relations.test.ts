import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testAppOnFreshGraph } from "../support/app.js";
import { loadFixture } from "../support/graph-fixture.js";

describe("relations and their evidence", () => {
  let app: FastifyInstance;
  const get = async (url: string) => app.inject({ method: "GET", url });

  beforeAll(async () => {
    app = await testAppOnFreshGraph({ load: loadFixture });
  });
  afterAll(async () => {
    await app.close();
  });

  it("lists relations with their aggregates, most evidence first", async () => {
    const res = await get("/api/relations");
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.total).toBe(18);
    expect(body.items[0]).toMatchObject({ evidenceCount: 2 });
    const lavrov = body.items.find(
      (r: { id: string }) => r.id === "sergey-lavrov--CALLS_FOR_CEASEFIRE--armenia",
    );
    expect(lavrov).toEqual({
      id: "sergey-lavrov--CALLS_FOR_CEASEFIRE--armenia",
      source: "sergey-lavrov",
      target: "armenia",
      type: "CALLS_FOR_CEASEFIRE",
      polarity: "neutral",
      weight: -0.3,
      evidenceCount: 2,
      assertedCount: 2,
      sourceCount: 2,
      firstSeen: "2020-10-01",
      lastSeen: "2020-10-05",
      maxConfidence: 0.9,
    });
  });

  it("filters by source, target, type and period", async () => {
    const bySource = (await get("/api/relations?source=sergey-lavrov")).json();
    expect(bySource.total).toBe(2);
    const byBoth = (await get("/api/relations?source=armenia&target=azerbaijan&type=ACCUSES")).json();
    expect(byBoth.items.map((r: { id: string }) => r.id)).toEqual(["armenia--ACCUSES--azerbaijan"]);
    const in2022 = (await get("/api/relations?from=2022-01-01&to=2022-12-31")).json();
    // seen in 2022 or spanning it (the attacks run from 2020 to 2023)
    expect(in2022.total).toBe(6);
    const paged = (await get("/api/relations?limit=2&offset=2")).json();
    expect(paged).toMatchObject({ total: 18, limit: 2, offset: 2 });
    expect(paged.items).toHaveLength(2);
  });

  it("returns the statements behind a relation with sentence, flags, speaker and article", async () => {
    const res = await get("/api/relations/russia--SUPPORTS--armenia/evidence");
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.relation).toEqual({
      id: "russia--SUPPORTS--armenia",
      source: "russia",
      type: "SUPPORTS",
      target: "armenia",
      level: "actor",
    });
    expect(body.total).toBe(1);
    expect(body.items[0]).toMatchObject({
      relationId: "russia--SUPPORTS--armenia",
      source: { id: "russia", name: "Russia" },
      target: { id: "armenia", name: "Armenia" },
      sentence: "The Turkish minister said Armenia is backed by Russia.",
      start: expect.any(Number),
      end: expect.any(Number),
      trigger: expect.any(String),
      confidence: 0.6,
      quote: false,
      negated: false,
      future: false,
      rule: "fixture.supports",
      speaker: { id: "mevlut-cavusoglu", name: "Mevlüt Çavuşoğlu" },
      article: {
        title: "Ankara stands with Baku",
        outlet: "Anadolu",
        url: "https://news.example/2021/ankara",
        publishedAt: "2021-03-10",
      },
    });
    const { start, end, sentence } = body.items[0];
    expect(end - start).toBe(sentence.length);
  });

  it("flags negated statements and pages newest first", async () => {
    const negated = (await get("/api/relations/nikol-pashinyan--ACCUSES--russia/evidence")).json();
    expect(negated.items[0]).toMatchObject({ negated: true });
    const lavrov = (
      await get("/api/relations/sergey-lavrov--CALLS_FOR_CEASEFIRE--armenia/evidence?limit=1")
    ).json();
    expect(lavrov).toMatchObject({ total: 2, limit: 1 });
    expect(lavrov.items[0].article.publishedAt).toBe("2020-10-05");
  });

  it("folds evidence by affiliation for country-level ids", async () => {
    const res = await get("/api/relations/ARM--ACCUSES--AZE/evidence");
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.relation).toMatchObject({ source: "ARM", target: "AZE", type: "ACCUSES", level: "country" });
    expect(body.total).toBe(4);
    expect(body.items.map((e: { relationId: string }) => e.relationId).sort()).toEqual([
      "armenia--ACCUSES--azerbaijan",
      "armenia--ACCUSES--azerbaijan",
      "armenian-defence-ministry--ACCUSES--azerbaijani-armed-forces",
      "nikol-pashinyan--ACCUSES--azerbaijan",
    ]);
  });

  it("answers 404 for relations without evidence and 400 for malformed ids or unknown types", async () => {
    for (const id of ["armenia--ACCUSES--france", "ARM--PRAISES--AZE"]) {
      const res = await get(`/api/relations/${id}/evidence`);
      expect(res.statusCode, id).toBe(404);
      expect(res.json().error.code).toBe("NOT_FOUND");
    }
    for (const id of [
      "armenia--LOVES--azerbaijan",
      "armenia",
      "armenia--ACCUSES",
      "ARM--ACCUSES--azerbaijan",
      "a--ACCUSES--b--c",
    ]) {
      const res = await get(`/api/relations/${id}/evidence`);
      expect(res.statusCode, id).toBe(400);
      expect(res.json().error.code).toBe("VALIDATION_FAILED");
    }
    for (const qs of [
      "type=LOVES",
      "source=Armenia",
      "from=2020-02-30x",
      "from=2020-02-30",
      "to=2020-13-01",
      "limit=501",
      "offset=-3",
    ]) {
      const res = await get(`/api/relations?${qs}`);
      expect(res.statusCode, qs).toBe(400);
    }
    expect((await get("/api/relations/armenia--ACCUSES--azerbaijan/evidence?limit=201")).statusCode).toBe(
      400,
    );
  });
});
