/** Actor search (full-text, prefix and fuzzy) and actor detail. */
import type { ActorDetail, ActorPage, ActorSearchQuery, ActorSummary } from "../contracts/actors.js";
import { type ActorHit, type ActorRecord, ActorRepository } from "../db/actor-repository.js";
import type { GraphDb } from "../db/graph-db.js";
import { NotFoundError } from "../errors.js";

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const TOP_COUNTERPARTS = 10;

export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/**
 * A Lucene query for autocomplete: every word of `q` must match, as a prefix or (from four
 * letters) within one edit. Only letters and digits reach Lucene, escaped all the same, so
 * no query syntax the user types (`name:*`, quotes, boolean operators) is interpreted.
 */
export function luceneQuery(q: string): string | undefined {
  const words = (
    q
      .normalize("NFC")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).slice(0, 8);
  if (words.length === 0) return undefined;
  return words
    .map((w) => {
      const t = escapeLucene(w);
      return w.length >= 4 ? `(${t}* OR ${t}~1)` : `${t}*`;
    })
    .join(" AND ");
}

const ref = (a: Omit<ActorRecord, "role" | "aliases">) => ({
  id: a.id,
  name: a.name,
  kind: a.kind,
  affiliation: a.affiliation,
});

function summary(hit: ActorHit): ActorSummary {
  return {
    ...ref(hit.actor),
    ...(hit.actor.role ? { role: hit.actor.role } : {}),
    aliases: hit.actor.aliases ?? [],
    relationCount: hit.relationCount,
    evidenceCount: hit.evidenceCount,
    ...(hit.score !== undefined ? { score: hit.score } : {}),
  };
}

export async function searchActors(repo: ActorRepository, query: ActorSearchQuery): Promise<ActorPage> {
  const filter = {
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.affiliation ? { affiliation: query.affiliation } : {}),
    limit: query.limit,
    offset: query.offset,
  };
  const page = { limit: query.limit, offset: query.offset };
  if (query.q !== undefined) {
    const lucene = luceneQuery(query.q);
    if (lucene === undefined) return { items: [], total: 0, ...page };
    const found = await repo.find(lucene, filter);
    return { items: found.items.map(summary), total: found.total, ...page };
  }
  const found = await repo.find(undefined, filter);
  return { items: found.items.map(summary), total: found.total, ...page };
}

const optional = <K extends string>(key: K, value: string | null) =>
  (value ? { [key]: value } : {}) as Partial<Record<K, string>>;

export async function actorDetail(repo: ActorRepository, id: string): Promise<ActorDetail> {
  const found = await repo.get(id, TOP_COUNTERPARTS);
  if (!found) throw new NotFoundError("actor", id);
  const tie = (t: (typeof found.represents)[number]) => ({
    actor: ref(t.actor),
    ...optional("role", t.role),
    ...optional("from", t.from),
    ...optional("to", t.to),
  });
  return {
    actor: { ...ref(found.actor), ...optional("role", found.actor.role), aliases: found.actor.aliases ?? [] },
    represents: found.represents.map(tie),
    representedBy: found.representedBy.map(tie),
    memberOf: found.memberOf.map(ref),
    counts: found.counts,
    topCounterparts: found.topCounterparts.map((c) => ({
      ...ref(c.actor),
      evidenceCount: c.evidenceCount,
      types: c.types,
    })),
  };
}

/** The actor use cases bound to their repository, for the routes. */
export function actorServiceFor(db: GraphDb) {
  const repo = new ActorRepository(db);
  return {
    search: (query: ActorSearchQuery) => searchActors(repo, query),
    detail: (id: string) => actorDetail(repo, id),
  };
}
