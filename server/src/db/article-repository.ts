/**
 * Articles, their evidence, the actors they name and the relation aggregates built from
 * that evidence. Every function takes the caller's transaction, so one article is one
 * unit of work; values cross this edge as plain JSON (toNative).
 */
import neo4j from "neo4j-driver";
import type { ActorKind } from "../domain/actors.js";
import type { RelationType } from "../domain/relations.js";
import { loadQueries } from "./cypher-files.js";
import type { Tx } from "./graph-db.js";
import { type Native, toNative } from "./to-native.js";

const Q = loadQueries([
  "actor.prune",
  "article.find",
  "article.write",
  "article.delete",
  "article.count",
  "article.list",
  "article.get",
  "evidence.delete",
  "relation.recompute",
]);

/** The kind label of docs/graph-model.md for each ontology actor kind. */
export const LABEL_BY_KIND: Readonly<Record<ActorKind, string>> = {
  state: "State",
  person: "Person",
  government_body: "GovernmentBody",
  armed_force: "ArmedForce",
  igo: "Organisation",
  group: "Group",
  ngo: "Ngo",
  media: "Media",
};

export interface ActorRow {
  id: string;
  name: string;
  kind: ActorKind;
  affiliation: string;
  role: string | null;
  aliases: string[];
}

export interface PrincipalLink {
  actorId: string;
  principalId: string;
  role: string | null;
  /** YYYY-MM-DD office dates when known. */
  from: string | null;
  to: string | null;
}

export interface MembershipRow {
  stateId: string;
  organisationId: string;
}

export interface ArticleRow {
  id: string;
  title: string;
  url: string | null;
  source: string | null;
  publishedAt: string;
  contentHash: string;
  text: string;
  paraphrase: boolean;
}

export interface EvidenceRow {
  id: string;
  relationId: string;
  type: RelationType;
  source: string;
  target: string;
  sentence: string;
  start: number;
  end: number;
  trigger: string;
  quote: boolean;
  negated: boolean;
  future: boolean;
  confidence: number;
  rule: string;
  speakerId: string | null;
}

/** Everything article.write stores for one or more whole articles; every list sorted by key. */
export interface ArticleBatch {
  articles: ReadonlyArray<ArticleRow & { evidence: readonly EvidenceRow[] }>;
  /** One row per actor across the batch. */
  actors: readonly ActorRow[];
  links: readonly PrincipalLink[];
  memberships: readonly MembershipRow[];
}

export interface RelationKey {
  id: string;
  type: RelationType;
  source: string;
  target: string;
}

export interface RelationRecompute extends RelationKey {
  /** The type's Goldstein value. */
  weight: number;
}

export interface RemovedEvidence {
  relations: RelationKey[];
  actorIds: string[];
}

export interface ArticleFilter {
  q?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

async function rows(tx: Tx, cypher: string, params: Record<string, unknown>): Promise<Native[]> {
  const result = await tx.run(cypher, params);
  return result.records.map((r) => toNative(r.toObject()));
}

async function one(tx: Tx, cypher: string, params: Record<string, unknown>): Promise<Record<string, Native>> {
  const [row] = await rows(tx, cypher, params);
  return (row ?? {}) as Record<string, Native>;
}

export const articleRepository = {
  /** The stored content hash of each of these articles that exists (null: stored without one). */
  async findContentHashes(tx: Tx, ids: readonly string[]): Promise<Map<string, string | null>> {
    const found = (await rows(tx, Q["article.find"], { ids })) as Record<string, Native>[];
    return new Map(
      found.map((row) => [String(row.id), typeof row.contentHash === "string" ? row.contentHash : null]),
    );
  },

  /** The articles, the actors their evidence names, their links, and the evidence: one statement. */
  async writeArticles(tx: Tx, batch: ArticleBatch): Promise<void> {
    await tx.run(Q["article.write"], { ...batch, labelByKind: LABEL_BY_KIND });
  },

  /** Deletes the article's evidence; says which relations and actors it named. */
  async deleteEvidence(tx: Tx, articleId: string): Promise<RemovedEvidence> {
    const row = await one(tx, Q["evidence.delete"], { articleId });
    return {
      relations: (row.relations ?? []) as unknown as RelationKey[],
      actorIds: ((row.actorIds ?? []) as Native[]).filter((id): id is string => typeof id === "string"),
    };
  },

  async recomputeRelations(tx: Tx, relations: readonly RelationRecompute[]): Promise<void> {
    if (relations.length === 0) return;
    await tx.run(Q["relation.recompute"], { relations });
  },

  /** Removes the given actors where nothing backs them any more; returns the principals to try next. */
  async pruneActors(
    tx: Tx,
    actorIds: readonly string[],
  ): Promise<{ removed: number; principalIds: string[] }> {
    if (actorIds.length === 0) return { removed: 0, principalIds: [] };
    const row = await one(tx, Q["actor.prune"], { actorIds });
    return {
      removed: Number(row.removed ?? 0),
      principalIds: ((row.principalIds ?? []) as Native[]).filter(
        (id): id is string => typeof id === "string",
      ),
    };
  },

  /** Deletes the article node (its evidence must be gone already); false when it did not exist. */
  async deleteArticle(tx: Tx, id: string): Promise<boolean> {
    const row = await one(tx, Q["article.delete"], { id });
    return row.existed === true;
  },

  async countArticles(tx: Tx, filter: ArticleFilter): Promise<number> {
    const row = await one(tx, Q["article.count"], filterParams(filter));
    return Number(row.total ?? 0);
  },

  async listArticles(tx: Tx, filter: ArticleFilter): Promise<Record<string, Native>[]> {
    return (await rows(tx, Q["article.list"], {
      ...filterParams(filter),
      offset: neo4j.int(filter.offset),
      limit: neo4j.int(filter.limit),
    })) as Record<string, Native>[];
  },

  async getArticle(tx: Tx, id: string): Promise<Record<string, Native> | null> {
    const [row] = await rows(tx, Q["article.get"], { id });
    return (row ?? null) as Record<string, Native> | null;
  },
};

export type ArticleRepository = typeof articleRepository;

function filterParams(filter: ArticleFilter): Record<string, unknown> {
  return { q: filter.q ?? null, from: filter.from ?? null, to: filter.to ?? null };
}
