import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RELATION_TYPES } from "../../server/src/domain/relations.js";
import { testApp } from "../support/app.js";

describe("GET /api/ontology", () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it("lists the 20 relation types with polarity, weight, colour and line style", async () => {
    const res = await app.inject({ method: "GET", url: "/api/ontology" });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.relationTypes.map((t: { id: string }) => t.id)).toEqual([...RELATION_TYPES]);
    expect(body.relationTypes.find((t: { id: string }) => t.id === "ATTACKS")).toMatchObject({
      label: "attacks",
      polarity: "conflictual",
      goldstein: -10,
      color: expect.stringMatching(/^#[0-9a-f]{6}$/),
      lineStyle: "dotted",
      meaning: expect.any(String),
    });
    expect(body.polarities.map((p: { id: string }) => p.id)).toEqual([
      "cooperative",
      "neutral",
      "conflictual",
    ]);
    expect(body.actorKinds).toContain("armed_force");
  });

  it("documents every read endpoint in the OpenAPI description", async () => {
    const doc = (await app.inject({ method: "GET", url: "/docs/json" })).json();
    for (const path of [
      "/api/actors",
      "/api/actors/{id}",
      "/api/graph/neighborhood",
      "/api/graph/path",
      "/api/relations",
      "/api/relations/{id}/evidence",
      "/api/ontology",
      "/api/stats",
    ]) {
      expect(doc.paths[path]?.get, path).toBeDefined();
      expect(doc.paths[path].get.summary, path).toEqual(expect.any(String));
    }
    expect(doc.paths["/api/graph/neighborhood"].get.responses).toHaveProperty("400");
  });
});

describe("the Cypher queries", () => {
  it("list exactly the ontology's relation types wherever they name them", () => {
    const dir = path.resolve(fileURLToPath(import.meta.url), "../../../cypher/queries");
    const expected = RELATION_TYPES.join("|");
    let checked = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".cypher"))) {
      const text = readFileSync(path.join(dir, file), "utf8");
      for (const m of text.matchAll(/\[\w+:([A-Z_|]+)[\]*]/g)) {
        if (!m[1]?.includes("|CALLS_FOR_TALKS|")) continue;
        expect(m[1], file).toBe(expected);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(14);
  });

  it("give every ontology type its own strength index, probe branch, degree entry and MERGE", () => {
    const root = path.resolve(fileURLToPath(import.meta.url), "../../../cypher");
    const read = (file: string) => readFileSync(path.join(root, file), "utf8");
    const named = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]).sort();
    const expected = [...RELATION_TYPES].sort();
    expect(
      named(read("schema/06-relation-strength.cypher"), /\[r:(\w+)\]-\(\) ON \(r\.assertedCount\)/g),
    ).toEqual(expected);
    expect(
      named(read("queries/graph.strongest.cypher"), /\[r:(\w+)\]->\(\) WHERE r\.assertedCount/g),
    ).toEqual(expected);
    expect(
      named(read("queries/relation.recompute.cypher"), /rel\.type = '(\w+)'\n\s+MERGE \(source\)-\[r:\1 /g),
    ).toEqual(expected);
    const degree = read("queries/graph.degree.cypher");
    expect(named(degree, /(\w+): COUNT \{ \(\)-\[:\1\]->\(\) \}/g)).toEqual(expected);
    expect(named(degree, /(\w+): COUNT \{ \(a\)-\[:\1\]-\(\) \}/g)).toEqual(expected);
  });
});
