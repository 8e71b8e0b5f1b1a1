/**
 * Ingesting one article: extract, then store the article, the actors it names, its evidence
 * and the relation aggregates recomputed from all evidence — in one transaction, so it all
 * lands or none of it does. Idempotent: the same content is `unchanged` and writes nothing;
 * new content at a known URL replaces the old evidence and corrects the aggregates.
 */
import { createHash } from "node:crypto";
import {
  type ActorRow,
  type ArticleBatch,
  type ArticleRepository,
  articleRepository,
  type EvidenceRow,
  type MembershipRow,
  type PrincipalLink,
  type RelationKey,
  type RelationRecompute,
  type RemovedEvidence,
} from "../db/article-repository.js";
import type { GraphDb, Tx } from "../db/graph-db.js";
import { retryTransient } from "../db/retry.js";
import type { Actor } from "../domain/actors.js";
import type { ArticleInput, ExtractionResult } from "../domain/extraction.js";
import { isRelationType, RELATIONS } from "../domain/relations.js";
import { NotFoundError, ValidationError } from "../errors.js";
import {
  isPrincipal,
  knownPrincipal,
  membershipsOf,
  officeTerm,
  speaksForAPrincipal,
} from "./ingest-principals.js";

export type Extractor = (input: ArticleInput) => ExtractionResult;

export interface ArticleSubmission {
  text: string;
  title?: string | undefined;
  url?: string | undefined;
  source?: string | undefined;
  /** YYYY-MM-DD; today (UTC) when absent. */
  publishedAt?: string | undefined;
  /** The text is HTML to be reduced to its visible text. */
  html?: boolean | undefined;
  /** Seed corpus: a paraphrase in the project's own words. */
  paraphrase?: boolean | undefined;
}

export type IngestStatus = "created" | "updated" | "unchanged";

export interface ArticleSummary {
  id: string;
  title: string;
  url: string | null;
  source: string | null;
  publishedAt: string;
  paraphrase: boolean;
  relationCount: number;
}

export interface StoredEvidence {
  id: string;
  sentence: string;
  start: number;
  end: number;
  trigger: string;
  quote: boolean;
  speaker: string | null;
  negated: boolean;
  future: boolean;
  confidence: number;
  rule: string;
}

export interface StoredRelation {
  /** `source--TYPE--target`, the id of the aggregate relationship. */
  id: string;
  source: string;
  type: RelationKey["type"];
  target: string;
  evidence: StoredEvidence;
}

export interface IngestOutcome {
  article: ArticleSummary;
  status: IngestStatus;
  actors: Actor[];
  relations: StoredRelation[];
  warnings: string[];
}

export interface IngestServiceDeps {
  db: Pick<GraphDb, "write">;
  extract: Extractor;
  /** Replaceable so tests can inject failures midway through a unit of work. */
  repository?: ArticleRepository;
  /** Today's date, YYYY-MM-DD, for articles without one. */
  today?: () => string;
}

/** One submission's result in a bulk ingest: its outcome, or why it failed. */
export type SettledIngest = { outcome: IngestOutcome } | { error: Error };

export interface IngestService {
  /** One article, one transaction. */
  ingest(submission: ArticleSubmission): Promise<IngestOutcome>;
  /**
   * Many articles, in order, whole articles grouped into transactions of up to BULK_ARTICLES (each
   * article still lands entirely or not at all). When a group fails, its articles are retried one
   * per transaction, so a bad article fails alone. Never throws for a bad article.
   */
  ingestMany(submissions: readonly ArticleSubmission[]): Promise<SettledIngest[]>;
  /** Deletes an article, its evidence, emptied relations and orphaned actors. */
  remove(articleId: string): Promise<void>;
}

const hex = (text: string, digits: number) =>
  createHash("sha256").update(text).digest("hex").slice(0, digits);

/** docs/graph-model.md: first 16 hex of SHA-256 of the URL when there is one, else of the normalised text. */
export function articleIdOf(url: string | undefined, normalisedText: string): string {
  return hex(url ?? normalisedText, 16);
}

export const relationIdOf = (source: string, type: string, target: string) => `${source}--${type}--${target}`;

const TITLE_LENGTH = 160;

function titleFrom(text: string): string {
  const firstLine = text.trim().split("\n")[0]?.trim() ?? "";
  return firstLine.length <= TITLE_LENGTH ? firstLine : `${firstLine.slice(0, TITLE_LENGTH - 1).trimEnd()}…`;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The validated, deduplicated content of one article, ready to write. */
interface Plan {
  article: {
    id: string;
    title: string;
    url: string | null;
    source: string | null;
    publishedAt: string;
    contentHash: string;
    text: string;
    paraphrase: boolean;
  };
  actors: Actor[];
  actorRows: ActorRow[];
  principalLinks: PrincipalLink[];
  memberships: MembershipRow[];
  evidence: EvidenceRow[];
  relations: StoredRelation[];
  warnings: string[];
}

function plan(submission: ArticleSubmission, result: ExtractionResult, publishedAt: string): Plan {
  const warnings = [...result.warnings];
  const text = result.text;
  const url = submission.url?.trim() || null;
  const id = articleIdOf(url ?? undefined, text);
  const extracted = new Map(result.actors.map((a) => [a.id, a]));

  const evidence = new Map<string, EvidenceRow>();
  const relations: StoredRelation[] = [];
  for (const r of result.relations) {
    const ev = r.evidence;
    const problem = !isRelationType(r.type)
      ? `unknown relation type ${JSON.stringify(r.type)}`
      : !extracted.has(r.source) || !extracted.has(r.target)
        ? `relation ${r.source} → ${r.target} names an actor the extractor did not list`
        : r.source === r.target
          ? `self-relation of ${r.source}`
          : !(Number.isInteger(ev.start) && Number.isInteger(ev.end) && 0 <= ev.start && ev.start <= ev.end)
            ? `evidence offsets ${ev.start}-${ev.end} are not a span`
            : ev.end > text.length
              ? `evidence offsets ${ev.start}-${ev.end} lie outside the text`
              : ev.speaker !== undefined && !extracted.has(ev.speaker)
                ? `speaker ${ev.speaker} is not a listed actor`
                : undefined;
    if (problem) {
      warnings.push(`skipped a ${r.type} relation: ${problem}`);
      continue;
    }
    const relationId = relationIdOf(r.source, r.type, r.target);
    const evidenceId = hex(`${id}|${relationId}|${ev.start}|${ev.end}|${ev.rule}`, 20);
    if (evidence.has(evidenceId)) continue;
    const confidence = Number.isFinite(ev.confidence) ? Math.min(1, Math.max(0, ev.confidence)) : 0;
    const row: EvidenceRow = {
      id: evidenceId,
      relationId,
      type: r.type,
      source: r.source,
      target: r.target,
      sentence: ev.sentence,
      start: ev.start,
      end: ev.end,
      trigger: ev.trigger,
      quote: ev.quote,
      negated: ev.negated,
      future: ev.future,
      confidence,
      rule: ev.rule,
      speakerId: ev.speaker ?? null,
    };
    evidence.set(evidenceId, row);
    relations.push({
      id: relationId,
      source: r.source,
      type: r.type,
      target: r.target,
      evidence: {
        id: evidenceId,
        sentence: ev.sentence,
        start: ev.start,
        end: ev.end,
        trigger: ev.trigger,
        quote: ev.quote,
        speaker: ev.speaker ?? null,
        negated: ev.negated,
        future: ev.future,
        confidence,
        rule: ev.rule,
      },
    });
  }

  // Only actors that evidence names are stored (an actor without evidence would be an orphan),
  // plus the principals they speak for and the organisations their states belong to.
  const named = new Set<string>();
  for (const e of evidence.values()) {
    named.add(e.source);
    named.add(e.target);
    if (e.speakerId) named.add(e.speakerId);
  }
  const actors = new Map<string, Actor>();
  for (const actorId of named) {
    const actor = extracted.get(actorId);
    if (actor) actors.set(actor.id, actor);
  }
  const principalOf = new Map<string, Actor>();
  for (const a of result.actors)
    if (isPrincipal(a) && !principalOf.has(a.affiliation)) principalOf.set(a.affiliation, a);

  const principalLinks: PrincipalLink[] = [];
  for (const actor of [...actors.values()]) {
    if (!speaksForAPrincipal(actor)) continue;
    const principal = principalOf.get(actor.affiliation) ?? knownPrincipal(actor.affiliation);
    if (!principal) {
      warnings.push(
        `no state, organisation or group known for affiliation ${actor.affiliation} of ${actor.id}`,
      );
      continue;
    }
    if (!actors.has(principal.id)) actors.set(principal.id, principal);
    const term = actor.kind === "person" ? officeTerm(actor, publishedAt) : undefined;
    principalLinks.push({
      actorId: actor.id,
      principalId: principal.id,
      role: actor.role ?? term?.role ?? null,
      from: term?.from ?? null,
      to: term?.to ?? null,
    });
  }
  const memberships: Plan["memberships"] = [];
  for (const state of [...actors.values()].filter((a) => a.kind === "state")) {
    for (const org of membershipsOf(state)) {
      if (!actors.has(org.id)) actors.set(org.id, org);
      memberships.push({ stateId: state.id, organisationId: org.id });
    }
  }

  const title = submission.title?.trim() || titleFrom(text);
  const source = submission.source?.trim() || null;
  const paraphrase = submission.paraphrase === true;
  const actorList = [...actors.values()].sort(byId);
  const evidenceList = [...evidence.values()].sort(byId);
  // What is extracted and linked is part of the content: after the extractor or the gazetteer
  // improves, the same text is `updated` (re-extracted) rather than `unchanged`.
  const contentHash = hex(
    JSON.stringify([
      [text, title, url, source, publishedAt, paraphrase],
      actorList,
      evidenceList,
      principalLinks,
      memberships,
    ]),
    64,
  );
  return {
    article: { id, title, url, source, publishedAt, contentHash, text, paraphrase },
    actors: actorList,
    actorRows: actorList.map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      affiliation: a.affiliation,
      role: a.role ?? null,
      aliases: [...new Set(a.aliases)].filter((alias) => alias !== a.name),
    })),
    principalLinks: principalLinks.sort((a, b) => a.actorId.localeCompare(b.actorId)),
    memberships: memberships.sort((a, b) =>
      `${a.stateId} ${a.organisationId}`.localeCompare(`${b.stateId} ${b.organisationId}`),
    ),
    evidence: evidenceList,
    relations,
    warnings,
  };
}

function recomputeList(relations: Iterable<RelationKey>): RelationRecompute[] {
  const unique = new Map<string, RelationRecompute>();
  for (const r of relations) {
    if (!isRelationType(r.type)) continue;
    unique.set(r.id, {
      id: r.id,
      type: r.type,
      source: r.source,
      target: r.target,
      weight: RELATIONS[r.type].goldstein,
    });
  }
  return [...unique.values()].sort(byId);
}

/** Prunes actors no evidence names any more, then the principals they alone kept. */
async function pruneOrphans(tx: Tx, repository: ArticleRepository, candidates: string[]): Promise<void> {
  let ids = [...new Set(candidates)].sort();
  for (let round = 0; round < 3 && ids.length > 0; round++) {
    const { principalIds } = await repository.pruneActors(tx, ids);
    ids = principalIds.sort();
  }
}

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Articles per transaction in bulk ingestion: one round trip per statement for all of them. */
export const BULK_ARTICLES = 50;

/** The actor rows of several articles as one: the first name and kind, every later name as an alias, the last role. */
function mergeActorRows(plans: readonly Plan[]): ActorRow[] {
  const merged = new Map<string, ActorRow>();
  for (const p of plans) {
    for (const row of p.actorRows) {
      const known = merged.get(row.id);
      if (!known) {
        merged.set(row.id, { ...row, aliases: [...row.aliases] });
        continue;
      }
      for (const alias of [...row.aliases, row.name])
        if (alias !== known.name && !known.aliases.includes(alias)) known.aliases.push(alias);
      if (row.role !== null) known.role = row.role;
    }
  }
  return [...merged.values()].sort(byId);
}

function batchOf(plans: readonly Plan[]): ArticleBatch {
  const memberships = new Map<string, MembershipRow>();
  for (const p of plans)
    for (const m of p.memberships) memberships.set(`${m.stateId} ${m.organisationId}`, m);
  return {
    articles: plans.map((p) => ({ ...p.article, evidence: p.evidence })),
    actors: mergeActorRows(plans),
    // Stable: for one actor, the later article's link comes later and wins.
    links: plans.flatMap((p) => p.principalLinks).sort((a, b) => a.actorId.localeCompare(b.actorId)),
    memberships: [...memberships.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, m]) => m),
  };
}

/**
 * Writes whole articles in the caller's transaction: unchanged ones (same content hash) are
 * left alone, updated ones lose their old evidence first, then everything is written in one
 * statement and the touched aggregates recomputed. Article ids must be distinct.
 */
async function store(tx: Tx, repository: ArticleRepository, plans: readonly Plan[]): Promise<IngestStatus[]> {
  const stored = await repository.findContentHashes(
    tx,
    plans.map((p) => p.article.id),
  );
  const statuses = plans.map((p): IngestStatus => {
    if (!stored.has(p.article.id)) return "created";
    return stored.get(p.article.id) === p.article.contentHash ? "unchanged" : "updated";
  });
  const changed = plans.filter((_, i) => statuses[i] !== "unchanged");
  if (changed.length === 0) return statuses;
  const removed: RemovedEvidence = { relations: [], actorIds: [] };
  for (const [i, p] of plans.entries()) {
    if (statuses[i] !== "updated") continue;
    const r = await repository.deleteEvidence(tx, p.article.id);
    removed.relations.push(...r.relations);
    removed.actorIds.push(...r.actorIds);
  }
  await repository.writeArticles(tx, batchOf(changed));
  await repository.recomputeRelations(
    tx,
    recomputeList([...removed.relations, ...changed.flatMap((p) => p.relations)]),
  );
  const kept = new Set(changed.flatMap((p) => p.actors.map((a) => a.id)));
  await pruneOrphans(
    tx,
    repository,
    removed.actorIds.filter((id) => !kept.has(id)),
  );
  return statuses;
}

/** Consecutive groups of at most `size` plans, none holding the same article twice. */
function groups(plans: readonly Plan[], size: number): Plan[][] {
  const out: Plan[][] = [];
  let current: Plan[] = [];
  let ids = new Set<string>();
  for (const p of plans) {
    if (current.length >= size || ids.has(p.article.id)) {
      out.push(current);
      current = [];
      ids = new Set();
    }
    current.push(p);
    ids.add(p.article.id);
  }
  if (current.length > 0) out.push(current);
  return out;
}

function outcomeOf(p: Plan, status: IngestStatus, warnings: readonly string[]): IngestOutcome {
  const { id, title, url, source, publishedAt, paraphrase } = p.article;
  return {
    article: { id, title, url, source, publishedAt, paraphrase, relationCount: p.evidence.length },
    status,
    actors: p.actors,
    relations: p.relations,
    warnings: [...warnings, ...p.warnings],
  };
}

export function createIngestService(deps: IngestServiceDeps): IngestService {
  const repository = deps.repository ?? articleRepository;
  const today = deps.today ?? todayUtc;

  /** Extraction and planning: pure; throws ValidationError for an article with no text. */
  const prepare = (submission: ArticleSubmission): { plan: Plan; warnings: string[] } => {
    const warnings: string[] = [];
    const publishedAt = submission.publishedAt ?? today();
    if (submission.publishedAt === undefined) warnings.push(`no publication date: ${publishedAt} assumed`);
    const result = deps.extract({
      text: submission.text,
      publishedAt,
      ...(submission.html ? { html: true } : {}),
    });
    if (result.text.trim() === "") throw new ValidationError("the article has no text once normalised");
    return { plan: plan(submission, result, publishedAt), warnings };
  };

  const write = (plans: readonly Plan[]) =>
    retryTransient(() => deps.db.write((tx) => store(tx, repository, plans)));

  const ingest = async (submission: ArticleSubmission): Promise<IngestOutcome> => {
    const { plan: p, warnings } = prepare(submission);
    const [status] = await write([p]);
    return outcomeOf(p, status ?? "unchanged", warnings);
  };

  return {
    ingest,

    async ingestMany(submissions) {
      const settled: SettledIngest[] = new Array(submissions.length);
      const prepared: Array<{ index: number; plan: Plan; warnings: string[] }> = [];
      for (const [index, submission] of submissions.entries()) {
        try {
          prepared.push({ index, ...prepare(submission) });
        } catch (error) {
          settled[index] = { error: error instanceof Error ? error : new Error(String(error)) };
        }
      }
      const byPlan = new Map(prepared.map((p) => [p.plan, p]));
      for (const group of groups(
        prepared.map((p) => p.plan),
        BULK_ARTICLES,
      )) {
        let statuses: IngestStatus[] | undefined;
        try {
          statuses = await write(group);
        } catch {
          // One bad article must not sink the rest: each of the group alone, in order.
        }
        for (const [i, p] of group.entries()) {
          const { index, warnings } = byPlan.get(p) as { index: number; warnings: string[] };
          if (statuses) {
            settled[index] = { outcome: outcomeOf(p, statuses[i] ?? "unchanged", warnings) };
            continue;
          }
          try {
            const [status] = await write([p]);
            settled[index] = { outcome: outcomeOf(p, status ?? "unchanged", warnings) };
          } catch (error) {
            settled[index] = { error: error instanceof Error ? error : new Error(String(error)) };
          }
        }
      }
      return settled;
    },

    async remove(articleId) {
      await retryTransient(() =>
        deps.db.write(async (tx) => {
          const removed = await repository.deleteEvidence(tx, articleId);
          const existed = await repository.deleteArticle(tx, articleId);
          if (!existed) throw new NotFoundError("article", articleId);
          await repository.recomputeRelations(tx, recomputeList(removed.relations));
          await pruneOrphans(tx, repository, removed.actorIds);
        }),
      );
    },
  };
}
