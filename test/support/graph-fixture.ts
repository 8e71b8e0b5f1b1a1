/**
 * Writes graphs that follow docs/graph-model.md exactly, without the ingestion service:
 * actors with their kind label, REPRESENTS and MEMBER_OF, articles, evidence linked
 * IN_ARTICLE/FROM/TO/SPOKEN_BY, and typed aggregate relationships computed from the
 * evidence. `loadFixture` writes a small hand-made graph for the integration tests;
 * `GraphLoader` is the bulk path the query benchmark uses.
 */
import { createHash } from "node:crypto";
import type { GraphDb } from "../../server/src/db/graph-db.js";
import type { Actor, ActorKind } from "../../server/src/domain/actors.js";
import type { ExtractionResult } from "../../server/src/domain/extraction.js";
import { RELATIONS, type RelationType } from "../../server/src/domain/relations.js";

export const KIND_LABEL: Readonly<Record<ActorKind, string>> = {
  state: "State",
  person: "Person",
  government_body: "GovernmentBody",
  armed_force: "ArmedForce",
  igo: "Organisation",
  group: "Group",
  ngo: "Ngo",
  media: "Media",
};

export interface ArticleMeta {
  title: string;
  url: string;
  source: string;
  publishedAt: string;
}

export interface Tie {
  from: string;
  to: string;
  role?: string;
  since?: string;
  until?: string;
}

const sha = (text: string, hex: number) => createHash("sha256").update(text).digest("hex").slice(0, hex);
export const articleIdOf = (url: string) => sha(url, 16);
export const relationIdOf = (source: string, type: RelationType, target: string) =>
  `${source}--${type}--${target}`;

interface Aggregate {
  source: string;
  target: string;
  type: RelationType;
  evidenceCount: number;
  assertedCount: number;
  outlets: Set<string>;
  firstSeen: string;
  lastSeen: string;
  maxConfidence: number;
}

const WRITE_ACTORS = `
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
SET a.name = row.name, a.kind = row.kind, a.affiliation = row.affiliation, a.role = row.role, a.aliases = row.aliases
SET a:$(row.label)`;

const WRITE_REPRESENTS = `
UNWIND $rows AS row
MATCH (p:Actor {id: row.from}), (s:Actor {id: row.to})
MERGE (p)-[r:REPRESENTS]->(s)
SET r.role = row.role, r.from = date(row.since), r.to = date(row.until)`;

const WRITE_MEMBER_OF = `
UNWIND $rows AS row
MATCH (s:Actor {id: row.from}), (o:Actor {id: row.to})
MERGE (s)-[:MEMBER_OF]->(o)`;

const WRITE_ARTICLES = `
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title, a.url = row.url, a.source = row.source, a.publishedAt = date(row.publishedAt),
    a.text = row.text, a.contentHash = row.contentHash, a.ingestedAt = datetime(), a.paraphrase = false`;

const WRITE_EVIDENCE = `
UNWIND $rows AS row
MATCH (art:Article {id: row.articleId}), (s:Actor {id: row.source}), (t:Actor {id: row.target})
MERGE (e:Evidence {id: row.id})
SET e.relationId = row.relationId, e.type = row.type, e.sentence = row.sentence, e.start = toInteger(row.start),
    e.end = toInteger(row.end), e.trigger = row.trigger, e.quote = row.quote, e.negated = row.negated, e.future = row.future,
    e.confidence = row.confidence, e.rule = row.rule, e.publishedAt = date(row.publishedAt), e.speakerId = row.speakerId,
    e.sourceCode = s.affiliation, e.targetCode = t.affiliation
MERGE (e)-[:IN_ARTICLE]->(art)
MERGE (e)-[:FROM]->(s)
MERGE (e)-[:TO]->(t)
WITH e, row WHERE row.speakerId IS NOT NULL
MATCH (sp:Actor {id: row.speakerId})
MERGE (e)-[:SPOKEN_BY]->(sp)`;

const WRITE_RELATIONS = `
UNWIND $rows AS row
MATCH (s:Actor {id: row.source}), (t:Actor {id: row.target})
MERGE (s)-[r:$(row.type) {id: row.id}]->(t)
SET r.evidenceCount = toInteger(row.evidenceCount), r.assertedCount = toInteger(row.assertedCount),
    r.sourceCount = toInteger(row.sourceCount),
    r.firstSeen = date(row.firstSeen), r.lastSeen = date(row.lastSeen), r.maxConfidence = row.maxConfidence,
    r.weight = row.weight`;

/** Accumulates articles and writes them in batches; `finish()` writes the aggregate relationships. */
export class GraphLoader {
  private readonly aggregates = new Map<string, Aggregate>();
  private readonly actorsSeen = new Set<string>();
  private articles: Record<string, unknown>[] = [];
  private evidence: Record<string, unknown>[] = [];
  private pendingActors: Actor[] = [];
  evidenceWritten = 0;

  constructor(
    private readonly db: GraphDb,
    private readonly batchSize = 5_000,
  ) {}

  async actors(actors: Actor[], represents: Tie[] = [], memberOf: Tie[] = []): Promise<void> {
    for (let i = 0; i < actors.length; i += this.batchSize) {
      const rows = actors.slice(i, i + this.batchSize).map((a) => ({
        id: a.id,
        name: a.name,
        kind: a.kind,
        affiliation: a.affiliation,
        role: a.role ?? null,
        aliases: a.aliases,
        label: KIND_LABEL[a.kind],
      }));
      await this.db.write((tx) => tx.run(WRITE_ACTORS, { rows }), 600_000);
    }
    for (const a of actors) this.actorsSeen.add(a.id);
    const ties = (list: Tie[]) =>
      list.map((t) => ({
        from: t.from,
        to: t.to,
        role: t.role ?? null,
        since: t.since ?? null,
        until: t.until ?? null,
      }));
    for (let i = 0; i < represents.length; i += this.batchSize) {
      const rows = ties(represents.slice(i, i + this.batchSize));
      await this.db.write((tx) => tx.run(WRITE_REPRESENTS, { rows }), 600_000);
    }
    if (memberOf.length > 0) await this.db.write((tx) => tx.run(WRITE_MEMBER_OF, { rows: ties(memberOf) }));
  }

  async article(meta: ArticleMeta, result: ExtractionResult): Promise<void> {
    for (const a of result.actors) {
      if (!this.actorsSeen.has(a.id)) {
        this.actorsSeen.add(a.id);
        this.pendingActors.push(a);
      }
    }
    const articleId = articleIdOf(meta.url);
    this.articles.push({
      id: articleId,
      title: meta.title,
      url: meta.url,
      source: meta.source,
      publishedAt: meta.publishedAt,
      text: result.text,
      contentHash: sha(result.text, 16),
    });
    for (const r of result.relations) {
      const relationId = relationIdOf(r.source, r.type, r.target);
      const e = r.evidence;
      this.evidence.push({
        id: sha(`${articleId}|${relationId}|${e.start}|${e.end}|${e.rule}`, 20),
        articleId,
        relationId,
        type: r.type,
        source: r.source,
        target: r.target,
        sentence: e.sentence,
        start: e.start,
        end: e.end,
        trigger: e.trigger,
        quote: e.quote,
        negated: e.negated,
        future: e.future,
        confidence: e.confidence,
        rule: e.rule,
        publishedAt: meta.publishedAt,
        speakerId: e.speaker ?? null,
      });
      const agg = this.aggregates.get(relationId) ?? {
        source: r.source,
        target: r.target,
        type: r.type,
        evidenceCount: 0,
        assertedCount: 0,
        outlets: new Set<string>(),
        firstSeen: meta.publishedAt,
        lastSeen: meta.publishedAt,
        maxConfidence: 0,
      };
      agg.evidenceCount += 1;
      if (!e.negated && !e.future) agg.assertedCount += 1;
      agg.outlets.add(meta.source);
      if (meta.publishedAt < agg.firstSeen) agg.firstSeen = meta.publishedAt;
      if (meta.publishedAt > agg.lastSeen) agg.lastSeen = meta.publishedAt;
      agg.maxConfidence = Math.max(agg.maxConfidence, e.confidence);
      this.aggregates.set(relationId, agg);
    }
    if (this.evidence.length >= this.batchSize) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.pendingActors.length > 0) {
      const actors = this.pendingActors;
      this.pendingActors = [];
      await this.actors(actors);
    }
    const articles = this.articles;
    const evidence = this.evidence;
    this.articles = [];
    this.evidence = [];
    if (articles.length > 0) await this.db.write((tx) => tx.run(WRITE_ARTICLES, { rows: articles }), 600_000);
    if (evidence.length > 0) await this.db.write((tx) => tx.run(WRITE_EVIDENCE, { rows: evidence }), 600_000);
    this.evidenceWritten += evidence.length;
  }

  /** Writes what is pending and every aggregate relationship; returns how many relationships. */
  async finish(): Promise<number> {
    await this.flush();
    const rows = [...this.aggregates.entries()].map(([id, a]) => ({
      id,
      source: a.source,
      target: a.target,
      type: a.type,
      evidenceCount: a.evidenceCount,
      assertedCount: a.assertedCount,
      sourceCount: a.outlets.size,
      firstSeen: a.firstSeen,
      lastSeen: a.lastSeen,
      maxConfidence: a.maxConfidence,
      weight: RELATIONS[a.type].goldstein,
    }));
    for (let i = 0; i < rows.length; i += this.batchSize) {
      const batch = rows.slice(i, i + this.batchSize);
      await this.db.write((tx) => tx.run(WRITE_RELATIONS, { rows: batch }), 600_000);
    }
    return rows.length;
  }
}

// ---------------------------------------------------------------------------------------------
// The hand-made fixture: the Karabakh war and its aftermath, 2020–2024.

const actor = (
  id: string,
  name: string,
  kind: ActorKind,
  affiliation: string,
  extra: Partial<Actor> = {},
): Actor => ({ id, name, kind, affiliation, aliases: [], ...extra });

export const FIXTURE_ACTORS: Actor[] = [
  actor("armenia", "Armenia", "state", "ARM", { aliases: ["Republic of Armenia"] }),
  actor("azerbaijan", "Azerbaijan", "state", "AZE"),
  actor("russia", "Russia", "state", "RUS", { aliases: ["Russian Federation"] }),
  actor("turkey", "Turkey", "state", "TUR", { aliases: ["Türkiye"] }),
  actor("france", "France", "state", "FRA"),
  actor("un", "United Nations", "igo", "UN", { aliases: ["UN"] }),
  actor("osce", "OSCE", "igo", "OSCE", { aliases: ["Organization for Security and Co-operation in Europe"] }),
  actor("hamas", "Hamas", "group", "HAMAS"),
  actor("sergey-lavrov", "Sergey Lavrov", "person", "RUS", {
    role: "Foreign Minister of Russia",
    aliases: ["Sergei Lavrov"],
  }),
  actor("vladimir-putin", "Vladimir Putin", "person", "RUS", { role: "President of Russia" }),
  actor("mevlut-cavusoglu", "Mevlüt Çavuşoğlu", "person", "TUR", {
    role: "Foreign Minister of Turkey",
    aliases: ["Mevlut Cavusoglu"],
  }),
  actor("ilham-aliyev", "Ilham Aliyev", "person", "AZE", { role: "President of Azerbaijan" }),
  actor("nikol-pashinyan", "Nikol Pashinyan", "person", "ARM", { role: "Prime Minister of Armenia" }),
  actor("armenian-defence-ministry", "Armenian Defence Ministry", "government_body", "ARM"),
  actor("azerbaijani-armed-forces", "Azerbaijani Armed Forces", "armed_force", "AZE"),
];

export const FIXTURE_REPRESENTS: Tie[] = [
  { from: "sergey-lavrov", to: "russia", role: "Foreign Minister of Russia", since: "2004-03-09" },
  { from: "vladimir-putin", to: "russia", role: "President of Russia", since: "2012-05-07" },
  {
    from: "mevlut-cavusoglu",
    to: "turkey",
    role: "Foreign Minister of Turkey",
    since: "2015-11-24",
    until: "2023-06-03",
  },
  { from: "ilham-aliyev", to: "azerbaijan", role: "President of Azerbaijan", since: "2003-10-31" },
  { from: "nikol-pashinyan", to: "armenia", role: "Prime Minister of Armenia", since: "2018-05-08" },
  { from: "armenian-defence-ministry", to: "armenia" },
  { from: "azerbaijani-armed-forces", to: "azerbaijan" },
];

export const FIXTURE_MEMBER_OF: Tie[] = [
  { from: "russia", to: "osce" },
  { from: "france", to: "osce" },
  { from: "armenia", to: "un" },
];

type Statement = [
  source: string,
  type: RelationType,
  target: string,
  sentence: string,
  flags?: { negated?: boolean; future?: boolean; quote?: boolean; speaker?: string; confidence?: number },
];

const FIXTURE_ARTICLES: Array<{ meta: ArticleMeta; statements: Statement[] }> = [
  {
    meta: {
      title: "Raging battles in Karabakh",
      url: "https://news.example/2020/karabakh-1",
      source: "Reuters",
      publishedAt: "2020-10-01",
    },
    statements: [
      [
        "sergey-lavrov",
        "CALLS_FOR_CEASEFIRE",
        "armenia",
        "Lavrov called on the two sides to immediately cease fire.",
      ],
      [
        "sergey-lavrov",
        "CALLS_FOR_CEASEFIRE",
        "azerbaijan",
        "Lavrov called on the two sides to immediately cease fire.",
      ],
      ["vladimir-putin", "TALKS_WITH", "nikol-pashinyan", "Putin held a phone call with Pashinyan."],
    ],
  },
  {
    meta: {
      title: "Shelling continues",
      url: "https://news.example/2020/karabakh-2",
      source: "TASS",
      publishedAt: "2020-10-05",
    },
    statements: [
      [
        "sergey-lavrov",
        "CALLS_FOR_CEASEFIRE",
        "armenia",
        "Lavrov again urged Yerevan to cease fire.",
        { confidence: 0.7 },
      ],
      [
        "armenian-defence-ministry",
        "ACCUSES",
        "azerbaijani-armed-forces",
        "The Armenian Defence Ministry accused Azerbaijani forces of shelling Stepanakert.",
      ],
      ["azerbaijani-armed-forces", "ATTACKS", "armenia", "Azerbaijani forces shelled Armenian positions."],
    ],
  },
  {
    meta: {
      title: "Ankara stands with Baku",
      url: "https://news.example/2021/ankara",
      source: "Anadolu",
      publishedAt: "2021-03-10",
    },
    statements: [
      ["turkey", "SUPPORTS", "azerbaijan", "Turkey renewed its full support for Azerbaijan."],
      [
        "mevlut-cavusoglu",
        "ACCUSES",
        "armenia",
        "Cavusoglu accused Armenia of occupying Azerbaijani land.",
        { quote: true },
      ],
      [
        "russia",
        "SUPPORTS",
        "armenia",
        "The Turkish minister said Armenia is backed by Russia.",
        { speaker: "mevlut-cavusoglu", confidence: 0.6 },
      ],
    ],
  },
  {
    meta: {
      title: "Paris condemns Baku",
      url: "https://news.example/2022/paris",
      source: "AFP",
      publishedAt: "2022-06-15",
    },
    statements: [
      ["france", "CONDEMNS", "azerbaijan", "France condemned the Azerbaijani offensive."],
      ["ilham-aliyev", "DENIES", "france", "Aliyev rejected the French claims as lies."],
      ["nikol-pashinyan", "ACCUSES", "azerbaijan", "Pashinyan accused Azerbaijan of violating the truce."],
      [
        "nikol-pashinyan",
        "ACCUSES",
        "russia",
        "Pashinyan did not accuse Russia of abandoning Armenia.",
        { negated: true },
      ],
      [
        "ilham-aliyev",
        "TALKS_WITH",
        "vladimir-putin",
        "Aliyev will discuss the matter with Putin next week.",
        { future: true },
      ],
    ],
  },
  {
    meta: {
      title: "Offensive in Karabakh",
      url: "https://news.example/2023/offensive",
      source: "Reuters",
      publishedAt: "2023-09-20",
    },
    statements: [
      [
        "azerbaijani-armed-forces",
        "ATTACKS",
        "armenia",
        "Azerbaijani forces launched an attack on Armenian positions.",
      ],
      ["un", "EXPRESSES_CONCERN", "azerbaijan", "The UN expressed concern about the Azerbaijani offensive."],
      ["armenia", "ACCUSES", "azerbaijan", "Armenia accused Azerbaijan of ethnic cleansing."],
    ],
  },
  {
    meta: {
      title: "Talks resume",
      url: "https://news.example/2024/talks",
      source: "BBC",
      publishedAt: "2024-02-01",
    },
    statements: [
      [
        "armenia",
        "ACCUSES",
        "azerbaijan",
        "Armenia accused Azerbaijan of provocations.",
        { confidence: 0.55 },
      ],
      ["russia", "CALLS_FOR_TALKS", "armenia", "Russia urged Armenia to return to the negotiating table."],
      ["osce", "OFFERS_MEDIATION", "armenia", "The OSCE offered to host talks."],
      ["osce", "OFFERS_MEDIATION", "azerbaijan", "The OSCE offered to host talks."],
    ],
  },
];

export function fixtureArticles(): Array<{ meta: ArticleMeta; result: ExtractionResult }> {
  const byId = new Map(FIXTURE_ACTORS.map((a) => [a.id, a]));
  return FIXTURE_ARTICLES.map(({ meta, statements }) => {
    let offset = 0;
    const sentences: string[] = [];
    const relations = statements.map(([source, type, target, sentence, flags = {}]) => {
      const start = offset;
      sentences.push(sentence);
      offset += sentence.length + 1;
      return {
        source,
        type,
        target,
        evidence: {
          sentence,
          start,
          end: start + sentence.length,
          trigger: sentence.split(" ").slice(1, 3).join(" "),
          quote: flags.quote ?? false,
          ...(flags.speaker ? { speaker: flags.speaker } : {}),
          negated: flags.negated ?? false,
          future: flags.future ?? false,
          confidence: flags.confidence ?? 0.9,
          rule: `fixture.${type.toLowerCase()}`,
        },
      };
    });
    const ids = new Set(relations.flatMap((r) => [r.source, r.target, r.evidence.speaker ?? r.source]));
    return {
      meta,
      result: {
        text: sentences.join(" "),
        actors: [...ids].map((id) => byId.get(id) as Actor),
        relations,
        warnings: [],
      },
    };
  });
}

/** Writes the hand-made fixture graph (on top of whatever is there; reset first). */
export async function loadFixture(db: GraphDb): Promise<void> {
  const loader = new GraphLoader(db);
  await loader.actors(FIXTURE_ACTORS, FIXTURE_REPRESENTS, FIXTURE_MEMBER_OF);
  for (const { meta, result } of fixtureArticles()) await loader.article(meta, result);
  await loader.finish();
}
