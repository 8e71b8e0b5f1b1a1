/**
 * Analytics use cases: read evidence counts through the repository, hand them to the pure
 * code in analytics/, and shape the answers of contracts/analytics.
 */
import { structuralBalance } from "../analytics/balance.js";
import { signedBlocs } from "../analytics/blocs.js";
import { conflictualDyads } from "../analytics/dyads.js";
import { MEDIATING_TYPES, MEDIATION_WEIGHT, mediatedParty, rankMediators } from "../analytics/mediation.js";
import { byStrength, pairScores } from "../analytics/pair-scores.js";
import { bucketCount, bucketise } from "../analytics/timeline.js";
import type {
  AlignmentQuery,
  AlignmentResponse,
  DyadsQuery,
  DyadsResponse,
  MediationQuery,
  MediationResponse,
  TimelineQuery,
  TimelineResponse,
} from "../contracts/analytics.js";
import {
  AnalyticsRepository,
  EARLIEST,
  type EvidenceFilter,
  type EvidenceSample,
  LATEST,
  type NodeRow,
  type SampleRow,
} from "../db/analytics-repository.js";
import type { EvidenceProjection } from "../db/evidence-projection.js";
import type { GraphDb } from "../db/graph-db.js";
import type { ActorKind } from "../domain/actors.js";
import { RELATION_TYPES, type RelationType } from "../domain/relations.js";
import { NotFoundError, ValidationError } from "../errors.js";

/** More buckets than a chart can show is a mistake in the request. */
export const MAX_BUCKETS = 4000;

/** Kinds that name a country-level node; anything else (a lone minister) is shown by its code. */
const NAMING_KINDS: ReadonlySet<ActorKind> = new Set(["state", "igo", "group", "ngo", "media"]);

interface WindowQuery {
  from?: string | undefined;
  to?: string | undefined;
  level: EvidenceFilter["level"];
  asserted: boolean;
  types?: RelationType[] | undefined;
}

function filterOf(
  q: WindowQuery,
  types: readonly RelationType[] = q.types ?? RELATION_TYPES,
): EvidenceFilter {
  return { from: q.from ?? EARLIEST, to: q.to ?? LATEST, level: q.level, types, assertedOnly: q.asserted };
}

function windowOf(q: WindowQuery) {
  return { from: q.from ?? null, to: q.to ?? null };
}

export interface PartyRef {
  id: string;
  label: string;
  kind: ActorKind;
  affiliation: string;
}

function partyRef(id: string, node: NodeRow | undefined): PartyRef {
  if (!node) return { id, label: id, kind: "state", affiliation: id };
  const label = node.id === node.affiliation && !NAMING_KINDS.has(node.kind) ? node.id : node.name;
  return { id: node.id, label, kind: node.kind, affiliation: node.affiliation };
}

export class AnalyticsService {
  constructor(private readonly repository: AnalyticsRepository) {}

  private async refs(level: EvidenceFilter["level"], ids: readonly string[]): Promise<Map<string, PartyRef>> {
    const nodes = new Map((await this.repository.nodes(level, ids)).map((n) => [n.id, n]));
    return new Map(ids.map((id) => [id, partyRef(id, nodes.get(id))]));
  }

  /** The nodes of the named parties, or NotFoundError for the first one the graph does not hold. */
  private async parties(level: EvidenceFilter["level"], ids: readonly string[]): Promise<NodeRow[]> {
    const found = new Map((await this.repository.nodes(level, ids)).map((n) => [n.id, n]));
    return ids.map((id) => {
      const node = found.get(id);
      if (!node) throw new NotFoundError(level === "country" ? "affiliation code" : "actor", id);
      return node;
    });
  }

  async alignment(q: AlignmentQuery): Promise<AlignmentResponse> {
    const filter = filterOf(q);
    const ties = await this.repository.ties(filter);
    const pairs = pairScores(ties).sort(byStrength);
    const evidenceOf = new Map<string, number>();
    for (const t of ties) {
      evidenceOf.set(t.source, (evidenceOf.get(t.source) ?? 0) + t.evidence);
      evidenceOf.set(t.target, (evidenceOf.get(t.target) ?? 0) + t.evidence);
    }
    const ids = [...evidenceOf.keys()].sort();
    // Blocs weigh ties by their Goldstein sum, not the bounded score: eleven attacks must
    // outweigh a few phone calls with third parties, which tanh would flatten to ±1.
    const edges = pairs.map((p) => ({ a: p.a, b: p.b, weight: p.weightSum }));
    const { blocOf, blocs, frustration } = signedBlocs(ids, edges);
    const refs = await this.refs(q.level, ids);
    const actors = ids
      .map((id) => ({
        ...(refs.get(id) ?? partyRef(id, undefined)),
        bloc: blocOf.get(id) ?? 0,
        evidenceCount: evidenceOf.get(id) ?? 0,
      }))
      .sort((x, y) => x.bloc - y.bloc || y.evidenceCount - x.evidenceCount || x.id.localeCompare(y.id));
    return {
      level: q.level,
      window: windowOf(q),
      types: [...filter.types],
      actors,
      blocs: blocs.map((members, bloc) => ({ bloc, size: members.length, members })),
      pairs: pairs.slice(0, q.limit),
      pairsTotal: pairs.length,
      truncated: pairs.length > q.limit,
      balance: structuralBalance(edges),
      frustration: { ...frustration, share: Math.round(frustration.share * 10_000) / 10_000 },
    };
  }

  async dyads(q: DyadsQuery): Promise<DyadsResponse> {
    const ties = await this.repository.ties(filterOf(q));
    const dyads = conflictualDyads(ties).slice(0, q.limit);
    const refs = await this.refs(q.level, [...new Set(dyads.flatMap((d) => [d.a, d.b]))]);
    const ref = (id: string) => refs.get(id) ?? partyRef(id, undefined);
    return {
      level: q.level,
      window: windowOf(q),
      dyads: dyads.map((d) => ({ ...d, a: ref(d.a), b: ref(d.b) })),
    };
  }

  async mediation(q: MediationQuery): Promise<MediationResponse> {
    const [a, b] = await this.parties(q.level, [q.a, q.b]);
    if (!a || !b) throw new ValidationError("a dyad needs two parties");
    const parties = [a.id, b.id] as const;
    const memberIds = [...new Set([...a.memberIds, ...b.memberIds])];
    const rows = await this.repository.partyTies(filterOf(q, RELATION_TYPES), memberIds);
    const ranked = rankMediators(rows, parties).slice(0, q.limit);
    const between = rows.filter((r) => parties.includes(r.source) && parties.includes(r.target));
    const [dyad] = conflictualDyads(between);
    const [pair] = pairScores(between);
    const [refs, samples] = await Promise.all([
      this.refs(
        q.level,
        ranked.map((m) => m.id),
      ),
      this.repository.partyEvidence(
        filterOf(q, MEDIATING_TYPES),
        memberIds,
        parties,
        ranked.map((m) => m.id),
        q.evidencePerSide,
      ),
    ]);
    return {
      level: q.level,
      window: windowOf(q),
      dyad: {
        a: partyRef(a.id, a),
        b: partyRef(b.id, b),
        conflictWeight: dyad?.conflictWeight ?? 0,
        conflictEvidence: dyad?.conflictEvidence ?? 0,
        score: pair?.score ?? 0,
      },
      mediators: ranked.map((m) => ({
        ...(refs.get(m.id) ?? partyRef(m.id, undefined)),
        ...m,
        evidence: {
          a: mediatingEvidence(samples, m.id, a.id, parties, q.evidencePerSide),
          b: mediatingEvidence(samples, m.id, b.id, parties, q.evidencePerSide),
        },
      })),
    };
  }

  async timeline(q: TimelineQuery): Promise<TimelineResponse> {
    if (q.from !== undefined && q.to !== undefined) assertBucketCount(q.from, q.to, q.bucket);
    const filter = filterOf(q);
    let scope: TimelineResponse["scope"] = { kind: "all" };
    let counts: Awaited<ReturnType<AnalyticsRepository["dayCounts"]>>;
    if (q.actor !== undefined) {
      const [actor] = await this.parties(q.level, [q.actor]);
      if (!actor) throw new NotFoundError("actor", q.actor);
      scope = { kind: "actor", actor: partyRef(actor.id, actor) };
      counts = await this.repository.dayCounts(filter, {
        party: actor.id,
        memberIds: actor.memberIds,
        other: null,
      });
    } else if (q.a !== undefined && q.b !== undefined) {
      const [a, b] = await this.parties(q.level, [q.a, q.b]);
      if (!a || !b) throw new ValidationError("a dyad needs two parties");
      scope = { kind: "dyad", a: partyRef(a.id, a), b: partyRef(b.id, b) };
      counts = await this.repository.dayCounts(filter, { party: a.id, memberIds: a.memberIds, other: b.id });
    } else {
      counts = await this.repository.dayCounts(filter);
    }
    const days = counts.map((c) => c.day).sort();
    const first = q.from ?? days[0];
    const last = q.to ?? days[days.length - 1];
    if (first !== undefined && last !== undefined) assertBucketCount(first, last, q.bucket);
    const buckets = bucketise(counts, q.bucket, first, last);
    return {
      level: q.level,
      window: windowOf(q),
      bucket: q.bucket,
      scope,
      types: [...filter.types],
      total: buckets.reduce((n, b) => n + b.total, 0),
      buckets,
    };
  }
}

/** The service wired to the app's database: routes get it here and never see the data layer. */
export function analyticsServiceFor(db: GraphDb, projection: EvidenceProjection): AnalyticsService {
  return new AnalyticsService(new AnalyticsRepository(db, projection));
}

function assertBucketCount(from: string, to: string, bucket: TimelineQuery["bucket"]): void {
  const n = bucketCount(from, to, bucket);
  if (n > MAX_BUCKETS)
    throw new ValidationError(
      `${from}..${to} makes ${n} ${bucket} buckets; at most ${MAX_BUCKETS}: pick a larger bucket`,
    );
}

/** The evidence of the mediating ties from `mediator` to `party`, most confident first. */
function mediatingEvidence(
  rows: readonly SampleRow[],
  mediator: string,
  party: string,
  parties: readonly [string, string],
  limit: number,
): EvidenceSample[] {
  return rows
    .filter((row) => {
      const m = mediatedParty(row, parties);
      return m?.mediator === mediator && m.party === party;
    })
    .flatMap((row) => row.samples)
    .sort(
      (x, y) =>
        (MEDIATION_WEIGHT[y.type] ?? 0) - (MEDIATION_WEIGHT[x.type] ?? 0) ||
        (y.confidence ?? 0) - (x.confidence ?? 0) ||
        y.publishedAt.localeCompare(x.publishedAt) ||
        x.id.localeCompare(y.id),
    )
    .slice(0, limit);
}
