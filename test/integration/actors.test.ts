import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testAppOnFreshGraph } from "../support/app.js";
import { loadFixture } from "../support/graph-fixture.js";

describe("GET /api/actors", () => {
  let app: FastifyInstance;
  const get = async (url: string) => app.inject({ method: "GET", url });
  const ids = async (url: string): Promise<string[]> => {
    const res = await get(url);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items.map((a: { id: string }) => a.id);
  };

  beforeAll(async () => {
    app = await testAppOnFreshGraph({ load: loadFixture });
  });
  afterAll(async () => {
    await app.close();
  });

  it("finds actors by prefix, for autocomplete", async () => {
    expect((await ids("/api/actors?q=lavr"))[0]).toBe("sergey-lavrov");
    expect((await ids("/api/actors?q=Lavr"))[0]).toBe("sergey-lavrov");
    expect((await ids("/api/actors?q=serg%20lav"))[0]).toBe("sergey-lavrov");
  });

  it("finds actors by alias, with accents folded and fuzzy spelling", async () => {
    expect(await ids("/api/actors?q=sergei")).toContain("sergey-lavrov");
    expect(await ids("/api/actors?q=cavusoglu")).toContain("mevlut-cavusoglu");
    expect(await ids("/api/actors?q=pashinian")).toContain("nikol-pashinyan");
  });

  it("returns summaries with relation counts and paging", async () => {
    const res = await get("/api/actors?q=lavrov");
    const body = res.json();
    expect(body).toMatchObject({ total: 1, limit: 20, offset: 0 });
    expect(body.items[0]).toMatchObject({
      id: "sergey-lavrov",
      name: "Sergey Lavrov",
      kind: "person",
      affiliation: "RUS",
      role: "Foreign Minister of Russia",
      aliases: ["Sergei Lavrov"],
      relationCount: 2,
      evidenceCount: 3,
      score: expect.any(Number),
    });
  });

  it("filters by kind and affiliation", async () => {
    expect((await ids("/api/actors?kind=state&limit=100")).sort()).toEqual(
      ["armenia", "azerbaijan", "france", "russia", "turkey"].sort(),
    );
    expect((await ids("/api/actors?affiliation=RUS")).sort()).toEqual([
      "russia",
      "sergey-lavrov",
      "vladimir-putin",
    ]);
    expect(await ids("/api/actors?q=russia&kind=person")).toEqual([]);
  });

  it("lists by evidence count without q, paginated", async () => {
    const all = (await get("/api/actors?limit=100")).json();
    expect(all.total).toBe(15);
    expect(all.items[0]).toMatchObject({ id: "armenia", evidenceCount: 10 });
    const counts = all.items.map((a: { evidenceCount: number }) => a.evidenceCount);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    const page = (await get("/api/actors?limit=5&offset=5")).json();
    expect(page.items.map((a: { id: string }) => a.id)).toEqual(
      all.items.slice(5, 10).map((a: { id: string }) => a.id),
    );
  });

  it("rejects bad parameters with 400", async () => {
    for (const qs of [
      "kind=wizard",
      "affiliation=arm",
      "limit=0",
      "limit=101",
      "offset=-1",
      "limit=ten",
      "q=",
      `q=${"x".repeat(101)}`,
    ]) {
      const res = await get(`/api/actors?${qs}`);
      expect(res.statusCode, qs).toBe(400);
      expect(res.json().error).toMatchObject({ code: "VALIDATION_FAILED", details: expect.any(Array) });
    }
  });
});

describe("GET /api/actors/:id", () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testAppOnFreshGraph({ load: loadFixture });
  });
  afterAll(async () => {
    await app.close();
  });

  it("returns the actor, its roles, counts by type and direction, and top counterparts", async () => {
    const res = await app.inject({ method: "GET", url: "/api/actors/sergey-lavrov" });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.actor).toEqual({
      id: "sergey-lavrov",
      name: "Sergey Lavrov",
      kind: "person",
      affiliation: "RUS",
      role: "Foreign Minister of Russia",
      aliases: ["Sergei Lavrov"],
    });
    expect(body.represents).toEqual([
      {
        actor: { id: "russia", name: "Russia", kind: "state", affiliation: "RUS" },
        role: "Foreign Minister of Russia",
        from: "2004-03-09",
      },
    ]);
    expect(body.counts).toEqual([
      { type: "CALLS_FOR_CEASEFIRE", direction: "out", relations: 2, evidence: 3 },
    ]);
    expect(body.topCounterparts[0]).toMatchObject({
      id: "armenia",
      evidenceCount: 2,
      types: ["CALLS_FOR_CEASEFIRE"],
    });
  });

  it("lists who speaks for a state and what it belongs to", async () => {
    const body = (await app.inject({ method: "GET", url: "/api/actors/russia" })).json();
    expect(body.representedBy.map((t: { actor: { id: string } }) => t.actor.id).sort()).toEqual([
      "sergey-lavrov",
      "vladimir-putin",
    ]);
    expect(body.memberOf).toEqual([{ id: "osce", name: "OSCE", kind: "igo", affiliation: "OSCE" }]);
    expect(body.counts).toContainEqual({ type: "SUPPORTS", direction: "out", relations: 1, evidence: 1 });
  });

  it("answers 404 for an unknown actor and 400 for a malformed id", async () => {
    const missing = await app.inject({ method: "GET", url: "/api/actors/nobody" });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error).toMatchObject({ code: "NOT_FOUND", message: "actor 'nobody' not found" });
    for (const id of ["Sergey%20Lavrov", "a'b", `${"x".repeat(99)}_`, "-lead"]) {
      const res = await app.inject({ method: "GET", url: `/api/actors/${id}` });
      expect(res.statusCode, id).toBe(400);
      expect(res.json().error.code).toBe("VALIDATION_FAILED");
    }
  });
});
