/**
 * The evidence projection on a real Neo4j: the commit point it is tagged with moves with every
 * commit from any connection and only then; its window reads equal the Cypher ones; and a
 * write makes it stale (answers come from Cypher, exact) until it is rebuilt.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EvidenceColumns, EvidenceWindow } from "../../server/src/analytics/evidence-columns.js";
import type { TypedTie } from "../../server/src/analytics/ties.js";
import {
  AnalyticsRepository,
  type DayCountRow,
  type SampleRow,
} from "../../server/src/db/analytics-repository.js";
import { EvidenceProjection } from "../../server/src/db/evidence-projection.js";
import { GraphDb } from "../../server/src/db/graph-db.js";
import { RELATION_TYPES } from "../../server/src/domain/relations.js";
import { extract } from "../../server/src/extraction/pipeline.js";
import { createIngestService } from "../../server/src/services/ingest.js";
import { testAppOnFreshGraph } from "../support/app.js";
import { loadSyntheticGraph } from "../support/synthetic-graph.js";

const ties = (rows: TypedTie[]) =>
  rows.map((t) => `${t.source} ${t.type} ${t.target} ${t.evidence}`).sort((a, b) => a.localeCompare(b));
const days = (rows: DayCountRow[]) =>
  rows.map((r) => `${r.day} ${r.type} ${r.evidence}`).sort((a, b) => a.localeCompare(b));

/** The columns once a build has caught up with the database (a build may wait out its cool-down). */
async function built(projection: EvidenceProjection): Promise<EvidenceColumns> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const columns = await projection.current();
    if (columns) return columns;
    await projection.settled();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error("the projection never caught up");
}

describe("evidence projection", () => {
  let app: FastifyInstance;
  let projection: EvidenceProjection;
  let viaCypher: AnalyticsRepository;
  let viaColumns: AnalyticsRepository;

  beforeAll(async () => {
    app = await testAppOnFreshGraph({
      load: (db) =>
        loadSyntheticGraph(db, { actors: 120, articles: 500, relationsPerArticle: 5, seed: 7, years: 2 }),
    });
    projection = new EvidenceProjection(app.db);
    viaCypher = new AnalyticsRepository(app.db);
    viaColumns = new AnalyticsRepository(app.db, projection);
  }, 120_000);
  afterAll(async () => {
    await projection.settled();
    await app.close();
  });

  it("reads the same commit point until anything commits, from this connection or another", async () => {
    const other = new GraphDb(app.db.connection, app.db.queryTimeoutMs);
    try {
      const before = await app.db.commitPoint();
      expect(await app.db.commitPoint()).toBe(before);
      await other.write((tx) => tx.run("CREATE (:ProjectionProbe)"));
      const afterCreate = await app.db.commitPoint();
      expect(afterCreate).not.toBe(before);
      await other.runImplicit("MATCH (p:ProjectionProbe) DELETE p");
      expect(await app.db.commitPoint()).not.toBe(afterCreate);
    } finally {
      await other.close();
    }
  });

  it("is not used before it is built, and holds every dated statement once built", async () => {
    const fresh = new EvidenceProjection(app.db);
    expect(await fresh.current()).toBeUndefined();
    const columns = await built(fresh);
    const [row] = await app.db.run("MATCH (e:Evidence) WHERE e.publishedAt IS NOT NULL RETURN count(e) AS n");
    expect(columns.size).toBe(Number(row?.n));
    expect(columns.size).toBeGreaterThan(1_000);
  });

  const WINDOWS: Array<[string, Partial<EvidenceWindow>]> = [
    ["two years", { from: "2023-01-01", to: "2024-12-31" }],
    ["one month", { from: "2024-03-01", to: "2024-03-31" }],
    ["one day", { from: "2024-06-14", to: "2024-06-14" }],
    ["before the data", { from: "2001-01-01", to: "2001-12-31" }],
    [
      "three types, negated and future kept",
      { types: ["ATTACKS", "ACCUSES", "TALKS_WITH"], assertedOnly: false },
    ],
  ];

  for (const level of ["actor", "country"] as const) {
    for (const [name, part] of WINDOWS) {
      it(`answers like Cypher at level ${level}: ${name}`, async () => {
        const w: EvidenceWindow = {
          from: "2023-01-01",
          to: "2024-12-31",
          level,
          types: RELATION_TYPES,
          assertedOnly: true,
          ...part,
        };
        await built(projection);
        const expected = await viaCypher.ties(w);
        const actual = await viaColumns.ties(w);
        expect(ties(actual)).toEqual(ties(expected));
        if (name !== "before the data") expect(expected.length).toBeGreaterThan(0);

        const [a, b] = await viaCypher.nodes(level, [expected[0]?.source ?? "", expected[0]?.target ?? ""]);
        if (!a || !b) return;
        const members = [...a.memberIds, ...b.memberIds];
        expect(ties(await viaColumns.partyTies(w, members))).toEqual(
          ties(await viaCypher.partyTies(w, members)),
        );
        expect(days(await viaColumns.dayCounts(w))).toEqual(days(await viaCypher.dayCounts(w)));
        const dyad = { party: a.id, memberIds: a.memberIds, other: b.id };
        expect(days(await viaColumns.dayCounts(w, dyad))).toEqual(days(await viaCypher.dayCounts(w, dyad)));
        const one = { ...dyad, other: null };
        expect(days(await viaColumns.dayCounts(w, one))).toEqual(days(await viaCypher.dayCounts(w, one)));
        const mediators = [...new Set((await viaCypher.partyTies(w, members)).map((t) => t.source))].filter(
          (id) => id !== a.id && id !== b.id,
        );
        const samples = (rows: SampleRow[]) => rows.map((row) => JSON.stringify(row)).sort();
        const sampled = (repo: AnalyticsRepository) =>
          repo.partyEvidence(w, members, [a.id, b.id], mediators.slice(0, 10), 2);
        const expectedSamples = samples(await sampled(viaCypher));
        expect(samples(await sampled(viaColumns))).toEqual(expectedSamples);
        if (name === "two years") expect(expectedSamples.length).toBeGreaterThan(0);
        expect(await projection.current(), "the columns answered, not Cypher").toBeDefined();
      });
    }
  }

  it("after a write, answers from Cypher with the new evidence until the columns are rebuilt", async () => {
    const w: EvidenceWindow = {
      from: "2030-01-01",
      to: "2030-12-31",
      level: "country",
      types: RELATION_TYPES,
      assertedOnly: true,
    };
    await built(projection);
    expect(await viaColumns.ties(w)).toEqual([]);
    await createIngestService({ db: app.db, extract }).ingest({
      text: "Russia called on Armenia and Azerbaijan to agree to an immediate ceasefire.",
      title: "A call for a ceasefire",
      url: "https://example.org/projection/ceasefire",
      source: "test",
      publishedAt: "2030-05-01",
    });
    expect(await projection.current()).toBeUndefined();
    const stale = ties(await viaColumns.ties(w));
    expect(stale).toContain("RUS CALLS_FOR_CEASEFIRE ARM 1");
    await built(projection);
    expect(ties(await viaColumns.ties(w))).toEqual(stale);
  });
});
