/**
 * The analytics API on a real Neo4j, against a hand-made graph that follows
 * docs/graph-model.md: one article of 2020-10-01 about the Karabakh war, in our own words.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor, ActorKind } from "../../server/src/domain/actors.js";
import type { ExtractedRelation } from "../../server/src/domain/extraction.js";
import type { RelationType } from "../../server/src/domain/relations.js";
import { testAppOnFreshGraph } from "../support/app.js";
import { GraphLoader } from "../support/graph-fixture.js";

const actor = (id: string, name: string, kind: ActorKind, affiliation: string): Actor => ({
  id,
  name,
  kind,
  affiliation,
  aliases: [],
});

const ACTORS: Actor[] = [
  actor("armenia", "Armenia", "state", "ARM"),
  actor("azerbaijan", "Azerbaijan", "state", "AZE"),
  actor("russia", "Russia", "state", "RUS"),
  actor("france", "France", "state", "FRA"),
  actor("turkey", "Turkey", "state", "TUR"),
  actor("iran", "Iran", "state", "IRN"),
  actor("united-states", "United States", "state", "USA"),
  actor("european-union", "European Union", "igo", "EU"),
  actor("osce", "OSCE", "igo", "OSCE"),
  actor("vladimir-putin", "Vladimir Putin", "person", "RUS"),
  actor("sergey-lavrov", "Sergey Lavrov", "person", "RUS"),
  actor("emmanuel-macron", "Emmanuel Macron", "person", "FRA"),
  actor("nikol-pashinyan", "Nikol Pashinyan", "person", "ARM"),
  actor("zohrab-mnatsakanyan", "Zohrab Mnatsakanyan", "person", "ARM"),
  actor("armenian-army", "Armenian Army", "armed_force", "ARM"),
  actor("ilham-aliyev", "Ilham Aliyev", "person", "AZE"),
  actor("jeyhun-bayramov", "Jeyhun Bayramov", "person", "AZE"),
  actor("azerbaijani-army", "Azerbaijani Army", "armed_force", "AZE"),
  actor("mevlut-cavusoglu", "Mevlut Cavusoglu", "person", "TUR"),
  actor("hassan-rouhani", "Hassan Rouhani", "person", "IRN"),
  actor("charles-michel", "Charles Michel", "person", "EU"),
  actor("donald-trump", "Donald Trump", "person", "USA"),
];

/** [source, type, target, sentence, flags] — the sentences are ours, not the outlet's. */
type Row = [string, RelationType, string, string, { negated?: boolean; future?: boolean }?];
const ROWS: Row[] = [
  ["vladimir-putin", "CALLS_FOR_CEASEFIRE", "armenia", "Putin and Macron asked both sides to stop fighting."],
  [
    "vladimir-putin",
    "CALLS_FOR_CEASEFIRE",
    "azerbaijan",
    "Putin and Macron asked both sides to stop fighting.",
  ],
  [
    "emmanuel-macron",
    "CALLS_FOR_CEASEFIRE",
    "armenia",
    "Putin and Macron asked both sides to stop fighting.",
  ],
  [
    "emmanuel-macron",
    "CALLS_FOR_CEASEFIRE",
    "azerbaijan",
    "Putin and Macron asked both sides to stop fighting.",
  ],
  ["vladimir-putin", "TALKS_WITH", "emmanuel-macron", "Putin spoke with Macron by phone."],
  ["sergey-lavrov", "TALKS_WITH", "jeyhun-bayramov", "Lavrov phoned his two counterparts separately."],
  ["sergey-lavrov", "TALKS_WITH", "zohrab-mnatsakanyan", "Lavrov phoned his two counterparts separately."],
  ["sergey-lavrov", "CALLS_FOR_TALKS", "armenia", "Lavrov urged the two sides back to negotiations."],
  ["sergey-lavrov", "CALLS_FOR_TALKS", "azerbaijan", "Lavrov urged the two sides back to negotiations."],
  ["sergey-lavrov", "OFFERS_MEDIATION", "armenia", "Lavrov said Moscow was ready to host the talks."],
  ["sergey-lavrov", "OFFERS_MEDIATION", "azerbaijan", "Lavrov said Moscow was ready to host the talks."],
  ["charles-michel", "CALLS_FOR_CEASEFIRE", "armenia", "Michel asked the parties to cease fire at once."],
  ["charles-michel", "CALLS_FOR_CEASEFIRE", "azerbaijan", "Michel asked the parties to cease fire at once."],
  ["charles-michel", "CALLS_FOR_TALKS", "armenia", "Michel said only negotiations could settle the dispute."],
  [
    "charles-michel",
    "CALLS_FOR_TALKS",
    "azerbaijan",
    "Michel said only negotiations could settle the dispute.",
  ],
  ["charles-michel", "SUPPORTS", "osce", "Michel backed the work of the OSCE."],
  ["armenian-army", "ATTACKS", "azerbaijan", "The Armenian army shelled a town held by Azerbaijan."],
  ["azerbaijani-army", "ATTACKS", "armenia", "Azerbaijani forces struck Armenian positions."],
  ["armenia", "ACCUSES", "azerbaijan", "Each side blamed the other for hitting civilians."],
  ["azerbaijan", "ACCUSES", "armenia", "Each side blamed the other for hitting civilians."],
  ["ilham-aliyev", "DEMANDS", "armenia", "Aliyev demanded that Armenian forces withdraw."],
  ["nikol-pashinyan", "REJECTS", "russia", "Pashinyan ruled out a three-way summit for now."],
  ["emmanuel-macron", "ACCUSES", "turkey", "Macron accused Turkey of egging Azerbaijan on."],
  ["emmanuel-macron", "TALKS_WITH", "ilham-aliyev", "Macron said he had spoken to both leaders."],
  ["emmanuel-macron", "TALKS_WITH", "nikol-pashinyan", "Macron said he had spoken to both leaders."],
  [
    "emmanuel-macron",
    "TALKS_WITH",
    "donald-trump",
    "Macron said he would raise it with Trump.",
    { future: true },
  ],
  [
    "mevlut-cavusoglu",
    "ACCUSES",
    "france",
    "Cavusoglu said French solidarity with Armenia backed occupation.",
  ],
  ["mevlut-cavusoglu", "SUPPORTS", "azerbaijan", "Cavusoglu renewed Ankara's full support for Baku."],
  ["mevlut-cavusoglu", "SUPPORTS", "azerbaijan", "Cavusoglu said Turkey would stand by Azerbaijan."],
  [
    "hassan-rouhani",
    "TALKS_WITH",
    "nikol-pashinyan",
    "Rouhani discussed the crisis with Pashinyan by phone.",
  ],
  ["hassan-rouhani", "CALLS_FOR_TALKS", "armenia", "Rouhani said dialogue was the only way out."],
  ["hassan-rouhani", "CALLS_FOR_TALKS", "azerbaijan", "Rouhani said dialogue was the only way out."],
  ["hassan-rouhani", "OFFERS_MEDIATION", "armenia", "Rouhani offered to help calm the crisis."],
  ["hassan-rouhani", "OFFERS_MEDIATION", "azerbaijan", "Rouhani offered to help calm the crisis."],
  ["nikol-pashinyan", "PRAISES", "iran", "Pashinyan welcomed the Iranian initiative."],
  [
    "emmanuel-macron",
    "ACCUSES",
    "turkey",
    "Macron said he did not accuse Turkey of fighting.",
    { negated: true },
  ],
];

const TEXT = [...new Set(ROWS.map((r) => r[3]))].join(" ");
const PUBLISHED = "2020-10-01";

async function loadKarabakh(app: FastifyInstance): Promise<void> {
  const relations: ExtractedRelation[] = ROWS.map(([source, type, target, sentence, flags], i) => {
    const start = TEXT.indexOf(sentence);
    return {
      source,
      type,
      target,
      evidence: {
        sentence,
        start,
        end: start + sentence.length,
        trigger: sentence.split(" ")[1] ?? "",
        quote: false,
        negated: flags?.negated ?? false,
        future: flags?.future ?? false,
        confidence: 0.9 - (i % 3) * 0.1,
        rule: `fixture.${i}`,
      },
    };
  });
  const loader = new GraphLoader(app.db);
  await loader.actors(ACTORS);
  await loader.article(
    {
      title: "Fighting rages in Karabakh",
      url: "https://example.org/karabakh",
      source: "example",
      publishedAt: PUBLISHED,
    },
    { text: TEXT, actors: ACTORS, relations, warnings: [] },
  );
  await loader.finish();
}

describe("analytics API on a hand-made Karabakh graph", () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testAppOnFreshGraph();
    await loadKarabakh(app);
  });
  afterAll(async () => {
    await app.close();
  });

  const get = (url: string) => app.inject({ method: "GET", url });

  it("finds Armenia–Azerbaijan as the top conflictual dyad at country level", async () => {
    const res = await get("/api/analytics/dyads?level=country");
    expect(res.statusCode).toBe(200);
    const { dyads } = res.json();
    expect(dyads[0]).toMatchObject({
      a: { id: "ARM", label: "Armenia" },
      b: { id: "AZE", label: "Azerbaijan" },
      conflictEvidence: 5,
      conflictWeight: 29,
      byType: { ATTACKS: 2, ACCUSES: 2, DEMANDS: 1 },
    });
    expect(dyads[0].score).toBeLessThan(-0.99);
    // The negated accusation is not counted: France–Turkey has one accusation, Turkey–France one.
    const fraTur = dyads.find((d: { a: { id: string } }) => d.a.id === "FRA");
    expect(fraTur).toMatchObject({ b: { id: "TUR" }, conflictEvidence: 2 });
  });

  it("ranks Russia, France, Iran and the EU as mediators of ARM–AZE, with evidence for both sides", async () => {
    const res = await get("/api/analytics/mediation?a=ARM&b=AZE&level=country");
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.dyad).toMatchObject({ a: { id: "ARM" }, b: { id: "AZE" }, conflictWeight: 29 });
    const ids = body.mediators.map((m: { id: string }) => m.id);
    expect(ids).toEqual(expect.arrayContaining(["RUS", "FRA", "IRN", "EU"]));
    expect(ids).not.toContain("ARM");
    expect(ids).not.toContain("AZE");
    expect(ids).not.toContain("TUR");
    const rus = body.mediators.find((m: { id: string }) => m.id === "RUS");
    expect(rus.weightA).toBe(1 + 1 + 1.5 + 2);
    expect(rus.evidence.a.length).toBeGreaterThan(0);
    expect(rus.evidence.b[0]).toMatchObject({
      type: "OFFERS_MEDIATION",
      source: "sergey-lavrov",
      target: "azerbaijan",
      sentence: "Lavrov said Moscow was ready to host the talks.",
      articleTitle: "Fighting rages in Karabakh",
      publishedAt: PUBLISHED,
    });
    for (let i = 1; i < body.mediators.length; i++)
      expect(body.mediators[i - 1].score).toBeGreaterThanOrEqual(body.mediators[i].score);
  });

  it("names actors and excludes the parties at actor level", async () => {
    const res = await get("/api/analytics/mediation?a=armenia&b=azerbaijan&level=actor");
    expect(res.statusCode).toBe(200);
    const ids = res.json().mediators.map((m: { id: string }) => m.id);
    expect(ids).toEqual(expect.arrayContaining(["sergey-lavrov", "hassan-rouhani", "charles-michel"]));
    expect(ids).not.toContain("armenia");
  });

  it("puts Turkey in Azerbaijan's bloc and Armenia in another, with a balance figure", async () => {
    const res = await get("/api/analytics/alignment?level=country");
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const blocOf = new Map(body.actors.map((a: { id: string; bloc: number }) => [a.id, a.bloc]));
    expect(blocOf.get("TUR")).toBe(blocOf.get("AZE"));
    expect(blocOf.get("ARM")).not.toBe(blocOf.get("AZE"));
    // The United States only appear in a future (unasserted) talk.
    expect([...blocOf.keys()].sort()).toEqual(["ARM", "AZE", "EU", "FRA", "IRN", "OSCE", "RUS", "TUR"]);
    expect(body.pairs[0]).toMatchObject({ a: "ARM", b: "AZE" });
    expect(body.balance.triangles).toBeGreaterThan(0);
    expect(body.balance.balancedShare).toBeGreaterThan(0);
    expect(body.balance.balancedShare).toBeLessThanOrEqual(1);
    expect(body.pairsTotal).toBe(body.pairs.length);
  });

  it("counts the day's evidence by polarity for a dyad and for an actor", async () => {
    const dyad = (await get("/api/analytics/timeline?a=ARM&b=AZE&bucket=day&level=country")).json();
    expect(dyad.scope).toMatchObject({ kind: "dyad", a: { id: "ARM" }, b: { id: "AZE" } });
    expect(dyad.buckets).toEqual([
      {
        start: PUBLISHED,
        end: PUBLISHED,
        total: 5,
        byPolarity: { cooperative: 0, neutral: 0, conflictual: 5 },
        byType: { ATTACKS: 2, ACCUSES: 2, DEMANDS: 1 },
      },
    ]);
    const tur = (await get("/api/analytics/timeline?actor=TUR&bucket=month&level=country")).json();
    expect(tur.buckets[0]).toMatchObject({ start: "2020-10-01", end: "2020-10-31", total: 4 });
    const all = (await get("/api/analytics/timeline?bucket=week&from=2020-09-01&to=2020-10-31")).json();
    expect(all.buckets.length).toBe(9);
    expect(all.total).toBe(all.buckets.reduce((n: number, b: { total: number }) => n + b.total, 0));
  });

  it.each([
    ["country", "true"],
    ["actor", "true"],
    ["country", "false"],
  ])(
    "gives the same answer from the aggregate relationships (no window) as from the evidence (level %s, asserted %s)",
    async (level, asserted) => {
      const q = `level=${level}&asserted=${asserted}`;
      const fromAggregates = (await get(`/api/analytics/alignment?${q}`)).json();
      const fromEvidence = (await get(`/api/analytics/alignment?${q}&from=1900-01-01&to=2100-12-31`)).json();
      expect(fromAggregates.pairs.length).toBeGreaterThan(0);
      expect(fromAggregates.pairs).toEqual(fromEvidence.pairs);
      expect(fromAggregates.actors).toEqual(fromEvidence.actors);
      const dyads = (await get(`/api/analytics/dyads?${q}`)).json().dyads;
      expect(dyads).toEqual((await get(`/api/analytics/dyads?${q}&from=1900-01-01`)).json().dyads);
    },
  );

  it("filters on types", async () => {
    const res = await get("/api/analytics/alignment?types=ATTACKS,DEMANDS");
    const body = res.json();
    expect(body.types).toEqual(["ATTACKS", "DEMANDS"]);
    expect(body.actors.map((a: { id: string }) => a.id).sort()).toEqual(["ARM", "AZE"]);
  });

  it("empties every answer for a window before the article", async () => {
    const window = "from=2020-01-01&to=2020-09-30";
    expect((await get(`/api/analytics/dyads?${window}`)).json().dyads).toEqual([]);
    const alignment = (await get(`/api/analytics/alignment?${window}`)).json();
    expect(alignment).toMatchObject({
      actors: [],
      pairs: [],
      balance: { triangles: 0, balancedShare: null },
    });
    const mediation = (await get(`/api/analytics/mediation?a=ARM&b=AZE&${window}`)).json();
    expect(mediation.mediators).toEqual([]);
    expect(mediation.dyad.conflictWeight).toBe(0);
    expect((await get(`/api/analytics/timeline?${window}&bucket=month`)).json().total).toBe(0);
  });

  it.each([
    ["/api/analytics/alignment?level=galaxy", "level"],
    ["/api/analytics/alignment?from=2020-10-02&to=2020-10-01", "from"],
    ["/api/analytics/alignment?types=ATTACKS,HUGS", "types"],
    ["/api/analytics/alignment?from=2020-02-30", "from"],
    ["/api/analytics/alignment?from=2020-13-01", "from"],
    ["/api/analytics/timeline?to=2021-02-29", "to"],
    ["/api/analytics/dyads?limit=0", "limit"],
    ["/api/analytics/mediation?a=ARM", "b"],
    ["/api/analytics/mediation?a=ARM&b=ARM", "b"],
    ["/api/analytics/timeline?bucket=year", "bucket"],
    ["/api/analytics/timeline?actor=ARM&a=ARM&b=AZE", "actor"],
    ["/api/analytics/timeline?a=ARM", "b"],
  ])("answers %s with 400 and the error shape", async (url, field) => {
    const res = await get(url);
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body).toEqual({
      error: {
        code: "VALIDATION_FAILED",
        message: expect.any(String),
        details: expect.any(Array),
        requestId: expect.any(String),
      },
    });
    expect(JSON.stringify(body.error.details)).toContain(field);
  });

  it("answers 400 for a day-bucketed timeline over millennia", async () => {
    const res = await get("/api/analytics/timeline?bucket=day&from=1000-01-01&to=2020-01-01");
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("VALIDATION_FAILED");
  });

  it("answers 404 for a party the graph does not hold", async () => {
    const res = await get("/api/analytics/mediation?a=ARM&b=XYZ");
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({
      code: "NOT_FOUND",
      message: "affiliation code 'XYZ' not found",
    });
  });

  it("documents the endpoints in the OpenAPI description", async () => {
    const doc = (await get("/docs/json")).json();
    for (const path of ["alignment", "dyads", "mediation", "timeline"])
      expect(doc.paths).toHaveProperty(`/api/analytics/${path}`);
    expect(doc.paths["/api/analytics/alignment"].get.description).toContain("tanh");
  });
});
