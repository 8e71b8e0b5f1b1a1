import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testApp } from "../support/app.js";

describe("the error shape", () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it("answers an unknown route with 404 NOT_FOUND and a request id", async () => {
    const res = await app.inject({ method: "GET", url: "/api/no-such-thing" });
    expect(res.statusCode).toBe(404);
    expect(res.headers["content-type"]).toMatch(/application\/json/);
    expect(res.json()).toEqual({
      error: {
        code: "NOT_FOUND",
        message: "no route for GET /api/no-such-thing",
        requestId: expect.any(String),
      },
    });
  });

  it("gives every request its own id", async () => {
    const a = (await app.inject({ method: "GET", url: "/api/x" })).json();
    const b = (await app.inject({ method: "GET", url: "/api/x" })).json();
    expect(a.error.requestId).not.toBe(b.error.requestId);
  });

  it("sends security headers", async () => {
    const res = await app.inject({ method: "GET", url: "/api/health" });
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["content-security-policy"]).toContain("default-src 'self'");
  });

  it("serves the OpenAPI description at /docs/json", async () => {
    const res = await app.inject({ method: "GET", url: "/docs/json" });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.paths["/api/health"].get.responses).toHaveProperty("503");
  });
});

describe("rate limiting", () => {
  it("answers 429 RATE_LIMITED past the per-minute budget", async () => {
    const app = await testApp({ RATE_LIMIT_PER_MINUTE: "3" });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++)
        codes.push((await app.inject({ method: "GET", url: "/api/health" })).statusCode);
      expect(codes).toEqual([200, 200, 200, 429]);
      const res = await app.inject({ method: "GET", url: "/api/health" });
      expect(res.json().error.code).toBe("RATE_LIMITED");
    } finally {
      await app.close();
    }
  });
});
