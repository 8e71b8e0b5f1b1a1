/** Aggregate relations and their evidence, at actor level or folded to country level. */
import type { EvidencePage, RelationListQuery, RelationPage } from "../contracts/relations.js";
import type { GraphDb } from "../db/graph-db.js";
import { type EvidenceKey, RelationRepository } from "../db/relation-repository.js";
import { isRelationType, RELATION_TYPES, RELATIONS } from "../domain/relations.js";
import { NotFoundError, ValidationError } from "../errors.js";

export async function listRelations(
  repo: RelationRepository,
  query: RelationListQuery,
): Promise<RelationPage> {
  const found = await repo.find({
    ...(query.source ? { source: query.source } : {}),
    ...(query.target ? { target: query.target } : {}),
    types: query.type ?? RELATION_TYPES,
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
    limit: query.limit,
    offset: query.offset,
  });
  return {
    items: found.items.map((r) => ({ ...r, polarity: RELATIONS[r.type].polarity })),
    total: found.total,
    limit: query.limit,
    offset: query.offset,
  };
}

/** `a--TYPE--b`: actor ids are lower-case slugs, affiliation codes upper case. */
export function parseRelationId(id: string): EvidenceKey & { source: string; type: string; target: string } {
  const [source, type, target, ...rest] = id.split("--");
  if (!source || !type || !target || rest.length > 0 || !isRelationType(type)) {
    throw new ValidationError(`'${id}' is not a relation id source--TYPE--target`);
  }
  const country = /^[A-Z]/.test(source);
  return country
    ? { level: "country", sourceCode: source, type, targetCode: target, source, target }
    : { level: "actor", id, source, type, target };
}

export async function relationEvidence(
  repo: RelationRepository,
  id: string,
  page: { limit: number; offset: number },
): Promise<EvidencePage> {
  const key = parseRelationId(id);
  const found = await repo.evidence(key, page);
  if (found.total === 0) throw new NotFoundError("relation", id);
  return {
    relation: {
      id,
      source: key.source,
      type: key.type as EvidencePage["relation"]["type"],
      target: key.target,
      level: key.level,
    },
    items: found.items.map(({ evidence, source, target, speaker, article }) => ({
      ...evidence,
      source,
      target,
      ...(speaker ? { speaker } : {}),
      article: {
        id: article.id,
        title: article.title,
        ...(article.source ? { outlet: article.source } : {}),
        ...(article.url ? { url: article.url } : {}),
        publishedAt: article.publishedAt,
      },
    })),
    total: found.total,
    limit: page.limit,
    offset: page.offset,
  };
}

/** The relation use cases bound to their repository, for the routes. */
export function relationServiceFor(db: GraphDb) {
  const repo = new RelationRepository(db);
  return {
    list: (query: RelationListQuery) => listRelations(repo, query),
    evidence: (id: string, page: { limit: number; offset: number }) => relationEvidence(repo, id, page),
  };
}
