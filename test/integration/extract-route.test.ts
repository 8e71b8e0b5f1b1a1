import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testApp, testAppOnFreshGraph } from "../support/app.js";
import { count } from "./ingest-fixtures.js";

const TEXT =
  "Russian Foreign Minister Sergey Lavrov called on Armenia and Azerbaijan to immediately cease fire.";

describe("POST /api/extract", () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testAppOnFreshGraph({ env: { API_TOKEN: "a-token-that-extract-does-not-need" } });
  });
  afterAll(async () => {
    await app.close();
  });

  it("returns the extraction result without storing anything, and needs no token", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/api/extract",
      payload: { text: TEXT, publishedAt: "2020-10-01" },
    });
    expect(res.statusCode).toBe(200);
    const result = res.json();
    expect(result.text).toBe(TEXT);
    expect(result.actors.map((a: { id: string }) => a.id)).toEqual(
      expect.arrayContaining(["sergey-lavrov", "armenia", "azerbaijan"]),
    );
    const cease = result.relations.filter(
      (r: { source: string; type: string }) =>
        r.source === "sergey-lavrov" && r.type === "CALLS_FOR_CEASEFIRE",
    );
    expect(cease.map((r: { target: string }) => r.target).sort()).toEqual(["armenia", "azerbaijan"]);
    for (const r of result.relations)
      expect(result.text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.sentence);
    expect(await count(app.db, "(n) WHERE NOT n:DiplographTestDatabase")).toBe(0);
  });

  it("takes text/plain and text/html", async () => {
    const plain = await app.inject({
      method: "POST",
      url: "/api/extract?publishedAt=2020-10-01",
      headers: { "content-type": "text/plain" },
      payload: TEXT,
    });
    expect(plain.statusCode).toBe(200);
    expect(plain.json().relations.length).toBeGreaterThan(0);
    const html = await app.inject({
      method: "POST",
      url: "/api/extract?publishedAt=2020-10-01",
      headers: { "content-type": "text/html" },
      payload: `<p>${TEXT}</p>`,
    });
    expect(html.statusCode).toBe(200);
    expect(html.json().text).not.toContain("<p>");
  });

  it("answers bad input with the error shape: 400, 415, 413", async () => {
    for (const payload of [{ text: "" }, { text: 3 }, { title: "no text" }]) {
      const res = await app.inject({ method: "POST", url: "/api/extract", payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error.code).toBe("VALIDATION_FAILED");
    }
    const malformed = await app.inject({
      method: "POST",
      url: "/api/extract",
      headers: { "content-type": "application/json" },
      payload: "{",
    });
    expect(malformed.statusCode).toBe(400);
    const xml = await app.inject({
      method: "POST",
      url: "/api/extract",
      headers: { "content-type": "application/xml" },
      payload: "<x/>",
    });
    expect(xml.statusCode).toBe(415);
    expect(xml.json().error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    const small = await testApp({ BODY_LIMIT_BYTES: "1024" });
    try {
      const big = await small.inject({
        method: "POST",
        url: "/api/extract",
        payload: { text: "a ".repeat(2000) },
      });
      expect(big.statusCode).toBe(413);
      expect(big.json().error.code).toBe("PAYLOAD_TOO_LARGE");
    } finally {
      await small.close();
    }
  });
});
