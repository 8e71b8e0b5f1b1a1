/**
 * The analytics on the seed article as the product sees it: ingested through the ingestion
 * service with the real extractor, then read through the API on a real Neo4j.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../server/src/extraction/pipeline.js";
import { createIngestService } from "../../server/src/services/ingest.js";
import { testAppOnFreshGraph } from "../support/app.js";

/** The seed article as the project ships it (a copy of shared/seed-article.txt with its date). */
const SEED_ARTICLE = path.resolve(fileURLToPath(import.meta.url), "../../../seed/seed-article.json");
const PUBLISHED = "2020-10-01";

interface Party {
  id: string;
}
interface Mediator extends Party {
  score: number;
  evidence: { a: { sentence: string }[]; b: { sentence: string }[] };
}

describe("analytics on the ingested seed article", () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testAppOnFreshGraph();
    await createIngestService({ db: app.db, extract }).ingest({
      text: (JSON.parse(readFileSync(SEED_ARTICLE, "utf8")) as { text: string }).text,
      title: "Raging battles in Karabakh … Russian mediation and renewed calls to stop the fighting",
      url: "https://example.org/seed/karabakh-2020-10-01",
      source: "seed",
      publishedAt: PUBLISHED,
    });
  }, 180_000); // the real extractor on a loaded machine can exceed the default hook timeout
  afterAll(async () => {
    await app.close();
  });

  const get = async (url: string) => {
    const res = await app.inject({ method: "GET", url });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it("finds the Armenia–Azerbaijan dyad first", async () => {
    const { dyads } = await get("/api/analytics/dyads?level=country");
    expect(dyads[0]).toMatchObject({ a: { id: "ARM" }, b: { id: "AZE" } });
    expect(dyads[0].byType.ATTACKS).toBeGreaterThan(0);
  });

  it("names Russia, France, Iran and the EU as mediators, each with evidence for both sides", async () => {
    const { mediators } = await get("/api/analytics/mediation?a=ARM&b=AZE&level=country");
    const ids = mediators.map((m: Mediator) => m.id);
    expect(ids).toEqual(expect.arrayContaining(["RUS", "FRA", "IRN", "EU"]));
    expect(ids).not.toContain("ARM");
    expect(ids).not.toContain("AZE");
    for (const m of mediators as Mediator[]) {
      expect(m.evidence.a.length, m.id).toBeGreaterThan(0);
      expect(m.evidence.b.length, m.id).toBeGreaterThan(0);
    }
  });

  it("puts Turkey in Azerbaijan's bloc, apart from Armenia", async () => {
    const { actors, balance } = await get("/api/analytics/alignment?level=country");
    const blocOf = new Map(actors.map((a: { id: string; bloc: number }) => [a.id, a.bloc]));
    expect(blocOf.get("TUR")).toBe(blocOf.get("AZE"));
    expect(blocOf.get("ARM")).not.toBe(blocOf.get("AZE"));
    expect(balance.triangles).toBeGreaterThan(0);
  });

  it("empties the results for a window before the article's date", async () => {
    const window = "from=2020-09-01&to=2020-09-30&level=country";
    expect((await get(`/api/analytics/dyads?${window}`)).dyads).toEqual([]);
    expect((await get(`/api/analytics/alignment?${window}`)).actors).toEqual([]);
    expect((await get(`/api/analytics/mediation?a=ARM&b=AZE&${window}`)).mediators).toEqual([]);
    expect((await get(`/api/analytics/timeline?${window}&bucket=day`)).total).toBe(0);
  });

  it("counts the seed's evidence on its day", async () => {
    const { buckets, total } = await get("/api/analytics/timeline?bucket=day&a=ARM&b=AZE");
    expect(buckets).toHaveLength(1);
    expect(buckets[0].start).toBe(PUBLISHED);
    expect(total).toBeGreaterThan(0);
  });
});
