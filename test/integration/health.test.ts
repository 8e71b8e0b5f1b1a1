import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadSchemaStatements } from "../../server/src/db/cypher-files.js";
import { testApp } from "../support/app.js";
import { tcpProxy } from "../support/tcp-proxy.js";

describe("GET /api/health", () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it("reports a reachable Neo4j 5.26 Community with the schema applied", async () => {
    const res = await app.inject({ method: "GET", url: "/api/health" });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.status).toBe("ok");
    expect(body.neo4j.version).toMatch(/^5\.26\./);
    expect(body.neo4j.edition).toBe("community");
    expect(body.schema).toMatchObject({ applied: true, missing: [] });
    expect(body.schema.constraints).toBeGreaterThanOrEqual(24);
  });

  it("creates every constraint named in cypher/schema", async () => {
    const rows = await app.db.run("SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN *");
    const byName = new Map(rows.map((r) => [String(r.name), r]));
    const expected = loadSchemaStatements().filter((s) => s.kind === "constraint");
    for (const c of expected) expect(byName.has(c.name), c.name).toBe(true);
    expect(byName.get("actor_id")).toMatchObject({
      type: "UNIQUENESS",
      labelsOrTypes: ["Actor"],
      properties: ["id"],
    });
    expect(byName.get("rel_accuses_id")).toMatchObject({
      type: "RELATIONSHIP_UNIQUENESS",
      labelsOrTypes: ["ACCUSES"],
    });
  });

  it("applies the schema idempotently", async () => {
    await app.schema.apply();
    await app.schema.apply();
    const rows = await app.db.run("SHOW CONSTRAINTS YIELD name RETURN count(*) AS n");
    expect(Number(rows[0]?.n)).toBe(loadSchemaStatements().filter((s) => s.kind === "constraint").length);
  });
});

describe("when Neo4j is down", () => {
  it("answers 503 with the error shape, and recovers once the database is back, without restart", async () => {
    const real = inject("neo4j");
    const proxy = await tcpProxy(Number(new URL(real.uri.replace("bolt", "http")).port));
    const app = await testApp({}, { neo4j: { ...real, uri: `bolt://127.0.0.1:${proxy.port}` } });
    try {
      expect((await app.inject({ method: "GET", url: "/api/health" })).statusCode).toBe(200);

      await proxy.cut();
      const down = await app.inject({ method: "GET", url: "/api/health" });
      expect(down.statusCode).toBe(503);
      expect(down.json()).toEqual({
        error: { code: "DATABASE_UNAVAILABLE", message: expect.any(String), requestId: expect.any(String) },
      });

      await proxy.restore();
      let status = 0;
      for (let i = 0; i < 20 && status !== 200; i++) {
        status = (await app.inject({ method: "GET", url: "/api/health" })).statusCode;
        if (status !== 200) await new Promise((r) => setTimeout(r, 250));
      }
      expect(status).toBe(200);
    } finally {
      await app.close();
      await proxy.close();
    }
  });

  it("starts against a closed port and answers 503 rather than crashing", async () => {
    const app = await testApp({}, { neo4j: { ...inject("neo4j"), uri: "bolt://127.0.0.1:1" } });
    try {
      const res = await app.inject({ method: "GET", url: "/api/health" });
      expect(res.statusCode).toBe(503);
      expect(res.json().error.code).toBe("DATABASE_UNAVAILABLE");
    } finally {
      await app.close();
    }
  });
});
