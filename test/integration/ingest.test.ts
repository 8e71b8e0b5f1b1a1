import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { articleRepository } from "../../server/src/db/article-repository.js";
import { toNative } from "../../server/src/db/to-native.js";
import { NotFoundError } from "../../server/src/errors.js";
import { createIngestService, type IngestService } from "../../server/src/services/ingest.js";
import { testApp } from "../support/app.js";
import { resetGraph } from "../support/test-db.js";
import {
  aggregateMismatches,
  count,
  fixedExtractor,
  fixedResult,
  type Line,
  snapshot,
} from "./ingest-fixtures.js";

describe("the ingestion service", () => {
  let app: FastifyInstance;
  let fixed: ReturnType<typeof fixedExtractor>;
  let service: IngestService;

  beforeAll(async () => {
    app = await testApp();
  });
  afterAll(async () => {
    await app.close();
  });
  beforeEach(async () => {
    await resetGraph(app.db);
    fixed = fixedExtractor();
    service = createIngestService({ db: app.db, extract: fixed.extract });
  });

  const relation = async (type: string, id: string) => {
    const rows = await app.db.run(
      `MATCH (a:Actor)-[r:$($type) {id: $id}]->(b:Actor) RETURN properties(r) AS props, a.id AS a, b.id AS b`,
      { type, id },
    );
    return rows.map((r) => toNative(r.props) as Record<string, unknown>);
  };

  it("stores the article, its actors with kind labels, evidence, REPRESENTS, MEMBER_OF and aggregates", async () => {
    const text = fixed.add(
      fixedResult([
        { source: "lavrov", type: "CALLS_FOR_CEASEFIRE", target: "armenia" },
        { source: "lavrov", type: "CALLS_FOR_CEASEFIRE", target: "azerbaijan", confidence: 0.9 },
        { source: "azDefence", type: "ACCUSES", target: "armenia", speaker: "turkiye" },
      ]),
    );
    const outcome = await service.ingest({
      text,
      title: "Lavrov urges ceasefire",
      url: "https://example.org/a",
      source: "Outlet A",
      publishedAt: "2020-10-01",
    });
    expect(outcome.status).toBe("created");
    expect(outcome.article).toMatchObject({ title: "Lavrov urges ceasefire", relationCount: 3 });
    expect(outcome.article.id).toMatch(/^[0-9a-f]{16}$/);
    expect(outcome.warnings).toEqual([]);

    const labels = await app.db.run("MATCH (a:Actor) RETURN a.id AS id, labels(a) AS labels ORDER BY id");
    const byId = Object.fromEntries(labels.map((r) => [r.id, (r.labels as string[]).sort()]));
    expect(byId["sergey-lavrov"]).toEqual(["Actor", "Person"]);
    expect(byId.armenia).toEqual(["Actor", "State"]);
    expect(byId["azerbaijani-defense-ministry"]).toEqual(["Actor", "GovernmentBody"]);
    // Russia is not in the text: it is created as Lavrov's principal, from the gazetteer.
    expect(byId.russia).toEqual(["Actor", "State"]);
    expect(byId["united-nations"]).toEqual(["Actor", "Organisation"]);

    const represents = await app.db.run(
      `MATCH (p:Actor)-[r:REPRESENTS]->(s:Actor)
       RETURN p.id AS p, s.id AS s, r.role AS role, toString(r.from) AS from, r.to AS to ORDER BY p`,
    );
    // Office dates come from the dated table of office holders, for the article's date.
    expect(represents).toEqual([
      {
        p: "azerbaijani-defense-ministry",
        s: "azerbaijan",
        role: "Defense Ministry of Azerbaijan",
        from: null,
        to: null,
      },
      { p: "sergey-lavrov", s: "russia", role: "Foreign Minister of Russia", from: "2004-03-09", to: null },
    ]);
    const memberOf = await app.db.run(
      "MATCH (s:State {id: 'armenia'})-[:MEMBER_OF]->(o:Organisation) RETURN o.affiliation AS o ORDER BY o",
    );
    expect(memberOf.map((r) => r.o)).toEqual(["OSCE", "UN"]);

    expect(await count(app.db, "(:Evidence)-[:IN_ARTICLE]->(:Article)")).toBe(3);
    expect(await count(app.db, "(:Evidence)-[:SPOKEN_BY]->(:Actor {id: 'turkiye'})")).toBe(1);
    const [agg] = await relation("CALLS_FOR_CEASEFIRE", "sergey-lavrov--CALLS_FOR_CEASEFIRE--azerbaijan");
    expect(agg).toMatchObject({
      evidenceCount: 1,
      assertedCount: 1,
      sourceCount: 1,
      weight: -0.3,
      maxConfidence: 0.9,
    });
    expect(String(agg?.firstSeen)).toBe("2020-10-01");
    expect(String(agg?.lastSeen)).toBe("2020-10-01");
  });

  it("writes nothing when the same text comes again", async () => {
    const text = fixed.add(fixedResult([{ source: "russia", type: "MEDIATES", target: "armenia" }]));
    const first = await service.ingest({ text, publishedAt: "2020-10-10" });
    const before = await snapshot(app.db);
    const [stamp] = await app.db.run("MATCH (a:Article) RETURN toString(a.ingestedAt) AS t");
    const again = await service.ingest({ text, publishedAt: "2020-10-10" });
    expect(again.status).toBe("unchanged");
    expect(again.article.id).toBe(first.article.id);
    expect(await snapshot(app.db)).toEqual(before);
    const [stampAfter] = await app.db.run("MATCH (a:Article) RETURN toString(a.ingestedAt) AS t");
    expect(stampAfter).toEqual(stamp);
  });

  it("keeps aggregates exact over several articles: counts, outlets, dates, asserted, confidence", async () => {
    const a = fixed.add(
      fixedResult([{ source: "france", type: "CONDEMNS", target: "turkiye", confidence: 0.6 }], "A"),
    );
    const b = fixed.add(
      fixedResult(
        [
          { source: "france", type: "CONDEMNS", target: "turkiye", confidence: 0.95 },
          { source: "france", type: "CONDEMNS", target: "turkiye", negated: true },
        ],
        "B",
      ),
    );
    const c = fixed.add(
      fixedResult([{ source: "france", type: "CONDEMNS", target: "turkiye", future: true }], "C"),
    );
    await service.ingest({ text: a, source: "Outlet A", publishedAt: "2020-10-03" });
    await service.ingest({ text: b, source: "Outlet B", publishedAt: "2020-09-30" });
    await service.ingest({ text: c, source: "Outlet A", publishedAt: "2020-11-12" });
    const [agg] = await relation("CONDEMNS", "france--CONDEMNS--turkiye");
    expect(agg).toMatchObject({
      evidenceCount: 4,
      assertedCount: 2,
      sourceCount: 2,
      maxConfidence: 0.95,
      weight: -2,
    });
    expect(String(agg?.firstSeen)).toBe("2020-09-30");
    expect(String(agg?.lastSeen)).toBe("2020-11-12");
    expect(await count(app.db, "(:Actor {id: 'france'})-[:CONDEMNS]->(:Actor {id: 'turkiye'})")).toBe(1);
  });

  it("replaces an article's evidence when new text arrives at the same URL", async () => {
    const url = "https://example.org/story";
    const v1 = fixed.add(
      fixedResult([
        { source: "macron", type: "CALLS_FOR_TALKS", target: "armenia" },
        { source: "france", type: "SUPPORTS", target: "armenia" },
      ]),
    );
    const v2 = fixed.add(fixedResult([{ source: "france", type: "SUPPORTS", target: "armenia" }], "Updated"));
    const first = await service.ingest({ text: v1, url, publishedAt: "2020-10-05" });
    const second = await service.ingest({ text: v2, url, publishedAt: "2020-10-06" });
    expect(second.status).toBe("updated");
    expect(second.article.id).toBe(first.article.id);
    expect(await count(app.db, "(a:Article)")).toBe(1);
    expect(await count(app.db, "(e:Evidence)")).toBe(1);
    // The relation only v1 backed is gone, and so is Macron, whom no evidence names any more.
    expect(await count(app.db, "()-[:CALLS_FOR_TALKS]->()")).toBe(0);
    expect(await count(app.db, "(:Actor {id: 'emmanuel-macron'})")).toBe(0);
    // France stays: states are kept.
    const [agg] = await relation("SUPPORTS", "france--SUPPORTS--armenia");
    expect(agg).toMatchObject({ evidenceCount: 1 });
    expect(String(agg?.lastSeen)).toBe("2020-10-06");
  });

  it("deleting an article restores the aggregates exactly as they were before it", async () => {
    const a = fixed.add(
      fixedResult(
        [
          { source: "lavrov", type: "CALLS_FOR_CEASEFIRE", target: "armenia" },
          { source: "russia", type: "MEDIATES", target: "azerbaijan", confidence: 0.7 },
        ],
        "A",
      ),
    );
    const b = fixed.add(
      fixedResult(
        [
          { source: "lavrov", type: "CALLS_FOR_CEASEFIRE", target: "armenia", confidence: 0.99 },
          { source: "russia", type: "MEDIATES", target: "azerbaijan", negated: true },
          { source: "macron", type: "TALKS_WITH", target: "lavrov" },
          { source: "osce", type: "CALLS_FOR_TALKS", target: "azerbaijan" },
        ],
        "B",
      ),
    );
    await service.ingest({ text: a, source: "Outlet A", publishedAt: "2020-10-01" });
    const before = await snapshot(app.db);
    const added = await service.ingest({ text: b, source: "Outlet B", publishedAt: "2020-11-09" });
    expect(await snapshot(app.db)).not.toEqual(before);
    await service.remove(added.article.id);
    const after = await snapshot(app.db);
    // Organisations and states created for B stay (the graph's skeleton); everything else is as before.
    const skeleton = (s: string) => /^Actor:(Organisation|State) /.test(s) || / -MEMBER_OF-> /.test(s);
    expect(after.relationships.filter((r) => !skeleton(r))).toEqual(
      before.relationships.filter((r) => !skeleton(r)),
    );
    expect(after.nodes.filter((n) => !skeleton(n))).toEqual(before.nodes.filter((n) => !skeleton(n)));
    expect(await count(app.db, "(:Actor {id: 'emmanuel-macron'})")).toBe(0);
  });

  it("deleting the only article leaves no relationship, evidence or non-state actor behind", async () => {
    const a = fixed.add(fixedResult([{ source: "lavrov", type: "WARNS", target: "turkiye" }]));
    const { article } = await service.ingest({ text: a, publishedAt: "2020-10-01" });
    await service.remove(article.id);
    expect(await count(app.db, "(:Evidence)")).toBe(0);
    expect(await count(app.db, "(:Article)")).toBe(0);
    expect(await count(app.db, "()-[:WARNS|REPRESENTS]->()")).toBe(0);
    expect(await count(app.db, "(a:Actor) WHERE NOT a:State AND NOT a:Organisation")).toBe(0);
  });

  it("answers NotFound for an unknown article", async () => {
    await expect(service.remove("0123456789abcdef")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("leaves no trace when a write fails midway through an article", async () => {
    const a = fixed.add(fixedResult([{ source: "russia", type: "MEDIATES", target: "armenia" }], "A"));
    await service.ingest({ text: a, publishedAt: "2020-10-01" });
    const before = await snapshot(app.db);
    const failing = createIngestService({
      db: app.db,
      extract: fixed.extract,
      repository: {
        ...articleRepository,
        async writeArticles(tx, batch) {
          await articleRepository.writeArticles(tx, batch);
          throw new Error("injected failure after the article's batches were written");
        },
      },
    });
    const b = fixed.add(
      fixedResult(
        [
          { source: "lavrov", type: "CALLS_FOR_CEASEFIRE", target: "armenia" },
          { source: "russia", type: "MEDIATES", target: "armenia" },
        ],
        "B",
      ),
    );
    await expect(failing.ingest({ text: b, publishedAt: "2020-10-02" })).rejects.toThrow(/injected failure/);
    expect(await snapshot(app.db)).toEqual(before);
  });

  it("leaves no trace when the database rejects a batch (constraint violation) midway", async () => {
    const before = await snapshot(app.db);
    const failing = createIngestService({
      db: app.db,
      extract: fixed.extract,
      repository: {
        ...articleRepository,
        async writeArticles(tx, batch) {
          // The same evidence ids twice: the second batch violates evidence_id uniqueness.
          await articleRepository.writeArticles(tx, batch);
          await articleRepository.writeArticles(tx, batch);
        },
      },
    });
    const text = fixed.add(fixedResult([{ source: "lavrov", type: "PRAISES", target: "france" }]));
    await expect(failing.ingest({ text, publishedAt: "2020-10-02" })).rejects.toThrow();
    expect(await snapshot(app.db)).toEqual(before);
  });

  describe("in bulk (ingestMany)", () => {
    /** Articles sharing actors, one naming Lavrov differently, an update at a URL and a repeat. */
    const corpus = () => {
      const renamed = fixedResult([{ source: "lavrov", type: "TALKS_WITH", target: "macron" }], "Renamed");
      renamed.actors = renamed.actors.map((a) =>
        a.id === "sergey-lavrov"
          ? { ...a, name: "S. Lavrov", aliases: ["Sergei Lavrov"], role: "Minister" }
          : a,
      );
      const texts = [
        fixed.add(
          fixedResult(
            [
              { source: "lavrov", type: "CALLS_FOR_CEASEFIRE", target: "armenia" },
              { source: "azerbaijan", type: "ACCUSES", target: "armenia", speaker: "turkiye" },
            ],
            "One",
          ),
        ),
        fixed.add(renamed),
        fixed.add(fixedResult([{ source: "france", type: "SUPPORTS", target: "armenia" }], "Old")),
        fixed.add(fixedResult([{ source: "france", type: "CONDEMNS", target: "turkiye" }], "New")),
        fixed.add(fixedResult([{ source: "osce", type: "CALLS_FOR_TALKS", target: "azerbaijan" }], "Repeat")),
      ];
      return [
        { text: texts[0] as string, source: "Outlet A", publishedAt: "2020-10-01" },
        { text: texts[1] as string, source: "Outlet B", publishedAt: "2020-10-02" },
        { text: texts[2] as string, url: "https://example.org/u", publishedAt: "2020-10-03" },
        { text: texts[3] as string, url: "https://example.org/u", publishedAt: "2020-10-04" },
        { text: texts[4] as string, publishedAt: "2020-10-05" },
        { text: texts[4] as string, publishedAt: "2020-10-05" },
      ];
    };

    it("leaves the graph one-by-one ingestion leaves, with the same statuses", async () => {
      const one = [];
      for (const submission of corpus()) one.push((await service.ingest(submission)).status);
      const expected = await snapshot(app.db);
      expect(one).toEqual(["created", "created", "created", "updated", "created", "unchanged"]);

      await resetGraph(app.db);
      const settled = await service.ingestMany(corpus());
      expect(settled.map((s) => ("outcome" in s ? s.outcome.status : s.error.message))).toEqual(one);
      expect(await snapshot(app.db)).toEqual(expected);
      expect(await aggregateMismatches(app.db)).toEqual([]);
      const [lavrov] = await app.db.run(
        "MATCH (a:Actor {id: 'sergey-lavrov'}) RETURN a.name AS name, a.aliases AS aliases, a.role AS role",
      );
      expect(lavrov).toEqual({
        name: "Sergey Lavrov",
        aliases: ["Lavrov", "Sergei Lavrov", "S. Lavrov"],
        role: "Minister",
      });

      const again = await service.ingestMany(corpus());
      expect(again.map((s) => ("outcome" in s ? s.outcome.status : "failed"))).toEqual(
        Array(6)
          .fill("unchanged")
          .map((s, i) => (i === 2 ? "updated" : i === 3 ? "updated" : s)),
      );
    });

    it("fails a bad article alone: the others of its transaction land, it leaves no trace", async () => {
      const failing = createIngestService({
        db: app.db,
        extract: fixed.extract,
        repository: {
          ...articleRepository,
          async writeArticles(tx, batch) {
            await articleRepository.writeArticles(tx, batch);
            if (batch.articles.some((a) => a.title.startsWith("Bad")))
              throw new Error("injected: a bad article");
          },
        },
      });
      const good = fixed.add(
        fixedResult([{ source: "russia", type: "MEDIATES", target: "armenia" }], "Good"),
      );
      const bad = fixed.add(fixedResult([{ source: "lavrov", type: "WARNS", target: "turkiye" }], "Bad"));
      const settled = await failing.ingestMany([
        { text: good, publishedAt: "2020-10-01" },
        { text: bad, publishedAt: "2020-10-01" },
        { text: "   ", publishedAt: "2020-10-01" },
      ]);
      expect(
        "outcome" in (settled[0] as object) && (settled[0] as { outcome: { status: string } }).outcome.status,
      ).toBe("created");
      expect((settled[1] as { error: Error }).error.message).toMatch(/injected/);
      expect((settled[2] as { error: Error }).error.message).toMatch(/no text/);
      expect(await count(app.db, "(:Article)")).toBe(1);
      expect(await count(app.db, "()-[:WARNS]->()")).toBe(0);
      expect(await aggregateMismatches(app.db)).toEqual([]);
    });
  });

  it("runs 20 concurrent ingests sharing actors without duplicates or failures", async () => {
    const texts = Array.from({ length: 20 }, (_, i) =>
      fixed.add(
        fixedResult(
          [
            { source: "lavrov", type: "CALLS_FOR_CEASEFIRE", target: "armenia" },
            { source: "lavrov", type: "CALLS_FOR_CEASEFIRE", target: "azerbaijan" },
            { source: "azerbaijan", type: "ACCUSES", target: "armenia" },
            { source: "armenia", type: "ACCUSES", target: "azerbaijan" },
            { source: "macron", type: "TALKS_WITH", target: "lavrov" },
            {
              source: i % 2 ? "turkiye" : "france",
              type: "SUPPORTS",
              target: i % 2 ? "azerbaijan" : "armenia",
            },
          ],
          `Report ${i}`,
        ),
      ),
    );
    const outcomes = await Promise.all(
      texts.map((text, i) =>
        service.ingest({
          text,
          source: `Outlet ${i % 5}`,
          publishedAt: `2020-10-${String(i + 1).padStart(2, "0")}`,
        }),
      ),
    );
    expect(outcomes.map((o) => o.status)).toEqual(Array(20).fill("created"));
    const dupes = await app.db.run("MATCH (a:Actor) WITH a.id AS id, count(*) AS n WHERE n > 1 RETURN id");
    expect(dupes).toEqual([]);
    expect(await count(app.db, "(:Article)")).toBe(20);
    expect(await count(app.db, "(:Evidence)")).toBe(120);
    const [agg] = await relation("CALLS_FOR_CEASEFIRE", "sergey-lavrov--CALLS_FOR_CEASEFIRE--armenia");
    expect(agg).toMatchObject({ evidenceCount: 20, sourceCount: 5 });
    expect(String(agg?.firstSeen)).toBe("2020-10-01");
    expect(String(agg?.lastSeen)).toBe("2020-10-20");
    expect(await count(app.db, "()-[:REPRESENTS]->()")).toBe(2);
    expect(await count(app.db, "()-[r:CALLS_FOR_CEASEFIRE]->()")).toBe(2);
  });

  it("keeps aggregates exact when concurrent ingests hit the same relations of a dense hub", async () => {
    // 80 pieces of evidence make Russia a dense node, where relationship creation no longer
    // locks the node: the recompute must lock each relationship itself before counting.
    const hub: Line[] = Array.from({ length: 80 }, () => ({
      source: "russia",
      type: "MEDIATES",
      target: "armenia",
    }));
    await service.ingest({ text: fixed.add(fixedResult(hub, "Hub")), publishedAt: "2020-09-01" });
    const texts = Array.from({ length: 20 }, (_, i) =>
      fixed.add(
        fixedResult(
          [
            { source: "russia", type: "MEDIATES", target: "armenia" },
            { source: "russia", type: "CALLS_FOR_TALKS", target: "azerbaijan" },
            { source: "azerbaijan", type: "ACCUSES", target: "russia" },
          ],
          `Wire ${i}`,
        ),
      ),
    );
    await Promise.all(texts.map((text) => service.ingest({ text, publishedAt: "2020-10-01" })));
    expect(await aggregateMismatches(app.db)).toEqual([]);
    const [mediates] = await relation("MEDIATES", "russia--MEDIATES--armenia");
    expect(mediates).toMatchObject({ evidenceCount: 100 });
    await Promise.all(
      texts.slice(0, 10).map(async (text) => {
        const { article } = await service.ingest({ text, publishedAt: "2020-10-01" });
        await service.remove(article.id);
      }),
    );
    expect(await aggregateMismatches(app.db)).toEqual([]);
    expect((await relation("MEDIATES", "russia--MEDIATES--armenia"))[0]).toMatchObject({ evidenceCount: 90 });
  });

  it("skips relations of unknown type or with unknown actors, with a warning, and never splices the type", async () => {
    const result = fixedResult([{ source: "france", type: "PRAISES", target: "armenia" }]);
    const bad = structuredClone(result.relations[0]);
    if (!bad) throw new Error("fixture");
    result.relations.push(
      { ...bad, type: "ACCUSES]->() MATCH (n) DETACH DELETE n //" as never },
      { ...bad, source: "nobody" },
    );
    const text = fixed.add(result);
    const outcome = await service.ingest({ text, publishedAt: "2020-10-01" });
    expect(outcome.relations).toHaveLength(1);
    expect(outcome.warnings.join("\n")).toMatch(/unknown relation type/);
    expect(outcome.warnings.join("\n")).toMatch(/did not list/);
    expect(await count(app.db, "(:Evidence)")).toBe(1);
  });
});
