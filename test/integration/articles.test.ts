import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { testApp, testAppOnFreshGraph } from "../support/app.js";
import { resetGraph } from "../support/test-db.js";
import { count } from "./ingest-fixtures.js";

const TEXT =
  "Russian Foreign Minister Sergey Lavrov called on Armenia and Azerbaijan to immediately cease fire. " +
  "French President Emmanuel Macron held a phone call with Russian President Vladimir Putin on Wednesday.";
const OTHER_TEXT =
  "Turkish Foreign Minister Mevlut Cavusoglu said Turkey stands with Azerbaijan. " +
  "Armenia accused Turkey of sending fighters to the region.";
const INJECTION = `"}) MATCH (n) DETACH DELETE n //`;

const errorShape = (code: string) => ({
  error: expect.objectContaining({ code, message: expect.any(String), requestId: expect.any(String) }),
});

describe("/api/articles", () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testApp();
  });
  afterAll(async () => {
    await app.close();
  });
  beforeEach(async () => {
    await resetGraph(app.db);
  });

  const post = (payload: unknown, url = "/api/articles") =>
    app.inject({ method: "POST", url, payload: payload as object });

  describe("POST", () => {
    it("extracts and stores a JSON article: 201 created, then 200 unchanged for the same content", async () => {
      const body = {
        title: "Lavrov urges a ceasefire",
        url: "https://example.org/lavrov",
        source: "Test Wire",
        publishedAt: "2020-10-01",
        text: TEXT,
      };
      const first = await post(body);
      expect(first.statusCode).toBe(201);
      const created = first.json();
      expect(created.status).toBe("created");
      expect(created.article).toMatchObject({
        title: "Lavrov urges a ceasefire",
        url: "https://example.org/lavrov",
        source: "Test Wire",
        publishedAt: "2020-10-01",
      });
      expect(created.article.relationCount).toBe(created.relations.length);
      expect(created.relations.length).toBeGreaterThan(0);
      expect(created.actors.map((a: { id: string }) => a.id)).toContain("sergey-lavrov");
      const cease = created.relations.find(
        (r: { source: string; type: string }) =>
          r.source === "sergey-lavrov" && r.type === "CALLS_FOR_CEASEFIRE",
      );
      expect(cease).toBeDefined();

      const nodes = await count(app.db, "(n)");
      const again = await post(body);
      expect(again.statusCode).toBe(200);
      expect(again.json().status).toBe("unchanged");
      expect(await count(app.db, "(n)")).toBe(nodes);
    });

    it("replaces the article at a known URL when its text changes: 200 updated", async () => {
      const url = "https://example.org/story";
      const first = (await post({ url, text: TEXT, publishedAt: "2020-10-01" })).json();
      const res = await post({ url, text: OTHER_TEXT, publishedAt: "2020-10-02" });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ status: "updated", article: { id: first.article.id } });
      expect(await count(app.db, "(:Article)")).toBe(1);
      expect(await count(app.db, "(:Actor {id: 'sergey-lavrov'})")).toBe(0);
      expect(await count(app.db, "(:Evidence)-[:IN_ARTICLE]->(:Article)")).toBe(res.json().relations.length);
    });

    it("takes text/plain with the metadata in the query string", async () => {
      const res = await app.inject({
        method: "POST",
        url: "/api/articles?title=Plain%20text&source=Wire&publishedAt=2020-10-01",
        headers: { "content-type": "text/plain; charset=utf-8" },
        payload: TEXT,
      });
      expect(res.statusCode).toBe(201);
      expect(res.json().article).toMatchObject({
        title: "Plain text",
        source: "Wire",
        publishedAt: "2020-10-01",
      });
    });

    it("takes text/html and stores only its visible text", async () => {
      const res = await app.inject({
        method: "POST",
        url: "/api/articles?publishedAt=2020-10-01",
        headers: { "content-type": "text/html" },
        payload: `<html><body><h1>Talks</h1><p>${TEXT}</p><script>alert(1)</script></body></html>`,
      });
      expect(res.statusCode).toBe(201);
      const detail = (
        await app.inject({ method: "GET", url: `/api/articles/${res.json().article.id}` })
      ).json();
      expect(detail.text).not.toMatch(/<p>|<script>|alert/);
      expect(detail.text).toContain("Sergey Lavrov");
    });

    it("rejects wrong types, missing or empty text, bad dates and URLs with 400 and the zod issues", async () => {
      const bad: unknown[] = [
        { text: 5 },
        {},
        { text: "   " },
        { text: TEXT, publishedAt: "2020-02-30" },
        { text: TEXT, publishedAt: "yesterday" },
        { text: TEXT, url: "not a url" },
        { text: TEXT, url: "javascript:alert(1)" },
        { text: TEXT, title: 42 },
        { text: TEXT, html: "yes" },
        [TEXT],
      ];
      for (const payload of bad) {
        const res = await post(payload);
        expect(res.statusCode, JSON.stringify(payload)).toBe(400);
        expect(res.json()).toEqual(errorShape("VALIDATION_FAILED"));
        expect(res.json().error.details, JSON.stringify(payload)).toBeInstanceOf(Array);
      }
      const wrongType = (await post({ text: 5, publishedAt: "2020-13-45" })).json();
      expect(wrongType.error.details).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ in: "body", path: "/text" }),
          expect.objectContaining({ in: "body", path: "/publishedAt" }),
        ]),
      );
      expect(await count(app.db, "(:Article)")).toBe(0);
    });

    it("answers an empty text/plain body with 400", async () => {
      const res = await app.inject({
        method: "POST",
        url: "/api/articles",
        headers: { "content-type": "text/plain" },
        payload: "  ",
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details).toEqual([expect.objectContaining({ path: "/text" })]);
    });

    it("answers malformed JSON with 400 in the error shape", async () => {
      const res = await app.inject({
        method: "POST",
        url: "/api/articles",
        headers: { "content-type": "application/json" },
        payload: '{"text": "unterminated',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toEqual(errorShape("VALIDATION_FAILED"));
    });

    it("answers an unsupported content type with 415", async () => {
      const res = await app.inject({
        method: "POST",
        url: "/api/articles",
        headers: { "content-type": "application/xml" },
        payload: "<article/>",
      });
      expect(res.statusCode).toBe(415);
      expect(res.json()).toEqual(errorShape("UNSUPPORTED_MEDIA_TYPE"));
    });

    it("stores injection attempts in every string verbatim, harmlessly", async () => {
      await post({ text: OTHER_TEXT, publishedAt: "2020-10-03" });
      const nodesBefore = await count(app.db, "(n)");
      const res = await post({
        title: INJECTION,
        source: INJECTION,
        url: `https://example.org/${encodeURIComponent(INJECTION)}`,
        publishedAt: "2020-10-01",
        text: `${TEXT} ${INJECTION}`,
      });
      expect(res.statusCode).toBe(201);
      expect(res.json().article).toMatchObject({ title: INJECTION, source: INJECTION });
      expect(await count(app.db, "(n)")).toBeGreaterThan(nodesBefore);
      const listed = await app.inject({
        method: "GET",
        url: `/api/articles?q=${encodeURIComponent(INJECTION)}`,
      });
      expect(listed.statusCode).toBe(200);
      expect(listed.json().items.map((i: { title: string }) => i.title)).toEqual([INJECTION]);
      const rawUrl = await post({
        text: TEXT,
        url: `https://example.org/${INJECTION}`,
        publishedAt: "2020-10-01",
      });
      expect([201, 400]).toContain(rawUrl.statusCode);
      expect(await count(app.db, "(:Article)")).toBe(rawUrl.statusCode === 201 ? 3 : 2);
    });
  });

  describe("GET", () => {
    beforeEach(async () => {
      const articles = [
        { title: "Ceasefire appeal", publishedAt: "2020-10-01", text: TEXT },
        { title: "Support for Baku", publishedAt: "2020-10-05", text: OTHER_TEXT },
        { title: "Plain wire report", publishedAt: "2021-01-15", text: `${TEXT} More talks followed.` },
      ];
      for (const a of articles) expect((await post(a)).statusCode).toBe(201);
    });

    it("lists articles newest first with relation counts and the total", async () => {
      const res = await app.inject({ method: "GET", url: "/api/articles" });
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body).toMatchObject({ total: 3, limit: 50, offset: 0 });
      expect(body.items.map((i: { title: string }) => i.title)).toEqual([
        "Plain wire report",
        "Support for Baku",
        "Ceasefire appeal",
      ]);
      for (const item of body.items) {
        expect(item).toEqual({
          id: expect.stringMatching(/^[0-9a-f]{16}$/),
          title: expect.any(String),
          url: null,
          source: null,
          publishedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
          paraphrase: false,
          relationCount: expect.any(Number),
        });
        expect(item.relationCount).toBeGreaterThan(0);
      }
    });

    it("filters by title and dates and paginates", async () => {
      const q = (await app.inject({ method: "GET", url: "/api/articles?q=CEASEFIRE" })).json();
      expect(q.items.map((i: { title: string }) => i.title)).toEqual(["Ceasefire appeal"]);
      const range = (
        await app.inject({ method: "GET", url: "/api/articles?from=2020-10-02&to=2020-12-31" })
      ).json();
      expect(range).toMatchObject({ total: 1, items: [{ title: "Support for Baku" }] });
      const page = (await app.inject({ method: "GET", url: "/api/articles?limit=1&offset=1" })).json();
      expect(page).toMatchObject({ total: 3, limit: 1, offset: 1, items: [{ title: "Support for Baku" }] });
      const past = (await app.inject({ method: "GET", url: "/api/articles?offset=10" })).json();
      expect(past).toMatchObject({ total: 3, items: [] });
    });

    it("rejects bad list parameters with 400", async () => {
      for (const qs of [
        "limit=0",
        "limit=201",
        "limit=abc",
        "offset=-1",
        "from=2020-13-01",
        "to=tomorrow",
        "q=",
      ]) {
        const res = await app.inject({ method: "GET", url: `/api/articles?${qs}` });
        expect(res.statusCode, qs).toBe(400);
        expect(res.json(), qs).toEqual(errorShape("VALIDATION_FAILED"));
      }
    });

    it("returns one article with its text and relation offsets for highlighting", async () => {
      const [item] = (await app.inject({ method: "GET", url: "/api/articles?q=appeal" })).json().items;
      const res = await app.inject({ method: "GET", url: `/api/articles/${item.id}` });
      expect(res.statusCode).toBe(200);
      const detail = res.json();
      expect(detail).toMatchObject({ id: item.id, title: "Ceasefire appeal", publishedAt: "2020-10-01" });
      expect(detail.relations.length).toBe(item.relationCount);
      for (const r of detail.relations) {
        expect(detail.text.slice(r.start, r.end)).toBe(r.sentence);
        expect(r.source).toEqual({ id: expect.any(String), name: expect.any(String) });
        expect(r.target).toEqual({ id: expect.any(String), name: expect.any(String) });
        expect(r.relationId).toBe(`${r.source.id}--${r.type}--${r.target.id}`);
      }
      const starts = detail.relations.map((r: { start: number }) => r.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    });

    it("answers 404 for an unknown id and 400 for a malformed one", async () => {
      const missing = await app.inject({ method: "GET", url: "/api/articles/0123456789abcdef" });
      expect(missing.statusCode).toBe(404);
      expect(missing.json()).toEqual(errorShape("NOT_FOUND"));
      const malformed = await app.inject({
        method: "GET",
        url: `/api/articles/${encodeURIComponent(INJECTION)}`,
      });
      expect(malformed.statusCode).toBe(400);
      expect(malformed.json()).toEqual(errorShape("VALIDATION_FAILED"));
    });
  });

  describe("DELETE", () => {
    it("deletes an article (204), then 404; the aggregates go with its evidence", async () => {
      const { article } = (await post({ text: TEXT, publishedAt: "2020-10-01" })).json();
      const res = await app.inject({ method: "DELETE", url: `/api/articles/${article.id}` });
      expect(res.statusCode).toBe(204);
      expect(res.body).toBe("");
      expect(await count(app.db, "(:Evidence)")).toBe(0);
      expect(await count(app.db, "()-[r]->() WHERE r.evidenceCount IS NOT NULL")).toBe(0);
      const again = await app.inject({ method: "DELETE", url: `/api/articles/${article.id}` });
      expect(again.statusCode).toBe(404);
      expect(again.json()).toEqual(errorShape("NOT_FOUND"));
      const bad = await app.inject({ method: "DELETE", url: "/api/articles/xyz" });
      expect(bad.statusCode).toBe(400);
    });
  });
});

describe("/api/articles with API_TOKEN set", () => {
  const TOKEN = "s3cret-token-for-tests-only";
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testAppOnFreshGraph({ env: { API_TOKEN: TOKEN } });
  });
  afterAll(async () => {
    await app.close();
  });

  it("answers 401 to writes without the right bearer token, and lets reads through", async () => {
    const payload = { text: TEXT, publishedAt: "2020-10-01" };
    for (const authorization of [undefined, "Bearer wrong-token-of-some-length", `Basic ${TOKEN}`, TOKEN]) {
      const res = await app.inject({
        method: "POST",
        url: "/api/articles",
        payload,
        headers: authorization ? { authorization } : {},
      });
      expect(res.statusCode, String(authorization)).toBe(401);
      expect(res.json()).toEqual(errorShape("UNAUTHORIZED"));
    }
    // Checked before the body is read: an invalid body without a token is still 401.
    const invalid = await app.inject({ method: "POST", url: "/api/articles", payload: { text: 1 } });
    expect(invalid.statusCode).toBe(401);
    const ok = await app.inject({
      method: "POST",
      url: "/api/articles",
      payload,
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(ok.statusCode).toBe(201);
    const id = ok.json().article.id;
    expect((await app.inject({ method: "GET", url: `/api/articles/${id}` })).statusCode).toBe(200);
    expect((await app.inject({ method: "DELETE", url: `/api/articles/${id}` })).statusCode).toBe(401);
    const deleted = await app.inject({
      method: "DELETE",
      url: `/api/articles/${id}`,
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(deleted.statusCode).toBe(204);
  });
});

describe("/api/articles body limit", () => {
  it("answers 413 in the error shape past BODY_LIMIT_BYTES", async () => {
    const app = await testApp({ BODY_LIMIT_BYTES: "2048" });
    try {
      const res = await app.inject({
        method: "POST",
        url: "/api/articles",
        payload: { text: "Armenia accused Azerbaijan of shelling. ".repeat(200) },
      });
      expect(res.statusCode).toBe(413);
      expect(res.json()).toEqual(errorShape("PAYLOAD_TOO_LARGE"));
      const plain = await app.inject({
        method: "POST",
        url: "/api/articles",
        headers: { "content-type": "text/plain" },
        payload: "x".repeat(5000),
      });
      expect(plain.statusCode).toBe(413);
    } finally {
      await app.close();
    }
  });
});
