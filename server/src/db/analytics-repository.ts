/**
 * Reads for the analytics: evidence counted per typed tie, per day, and the actors or
 * affiliation codes the analyses name. Values cross this edge as plain JSON (toNative).
 */
import neo4j from "neo4j-driver";
import type { EvidenceWindow } from "../analytics/evidence-columns.js";
import type { ActorKind } from "../domain/actors.js";
import { RELATION_TYPES, RELATIONS, type RelationType } from "../domain/relations.js";
import { loadQueries } from "./cypher-files.js";
import type { EvidenceProjection } from "./evidence-projection.js";
import type { GraphDb } from "./graph-db.js";
import { toNative } from "./to-native.js";

const Q = loadQueries([
  "analytics.ties",
  "analytics.country-ties",
  "analytics.ties-all-time",
  "analytics.party-ties",
  "analytics.party-evidence",
  "analytics.party-relation-ids",
  "analytics.day-counts",
  "analytics.party-day-counts",
  "analytics.actors",
  "analytics.countries",
  "analytics.affiliations",
]);

export type AnalyticsLevel = "actor" | "country";

/** Dates far enough apart to stand for "unbounded" while keeping the date-range index usable. */
export const EARLIEST = "0001-01-01";
export const LATEST = "9999-12-31";

/** What every analytics read filters on. Dates are YYYY-MM-DD, both ends included. */
export type EvidenceFilter = EvidenceWindow;

export interface TieRow {
  source: string;
  target: string;
  type: RelationType;
  evidence: number;
}

export interface EvidenceSample {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  sentence: string;
  articleId: string;
  articleTitle: string | null;
  url: string | null;
  publishedAt: string;
  confidence: number | null;
}

export interface SampleRow {
  source: string;
  target: string;
  type: RelationType;
  samples: EvidenceSample[];
}

export interface DayCountRow {
  day: string;
  type: RelationType;
  evidence: number;
}

/** A graph node at the level: an actor, or an affiliation code with the actors folded into it. */
export interface NodeRow {
  id: string;
  name: string;
  kind: ActorKind;
  affiliation: string;
  memberIds: string[];
}

function params(filter: EvidenceFilter): Record<string, unknown> {
  return {
    from: filter.from,
    to: filter.to,
    level: filter.level,
    types: [...filter.types],
    // Without the type predicate the planner skips one property read per statement.
    allTypes: RELATION_TYPES.every((t) => filter.types.includes(t)),
    assertedOnly: filter.assertedOnly,
  };
}

/**
 * Window reads come from the evidence columns while they hold the database as it is
 * (db/evidence-projection.ts), and from Cypher otherwise: the same answer either way
 * (test/integration/evidence-projection.test.ts compares them).
 */
export class AnalyticsRepository {
  constructor(
    private readonly db: GraphDb,
    private readonly projection?: EvidenceProjection,
  ) {}

  private async rows<T>(query: string, parameters: Record<string, unknown>): Promise<T[]> {
    const result = await this.db.read((tx) => tx.run(query, parameters));
    return result.records.map((r) => toNative(r.toObject()) as unknown as T);
  }

  /**
   * Evidence per directed, typed tie between nodes of the level. An unbounded window reads
   * the aggregate relationships (one row per actor pair and type) instead of every statement.
   */
  async ties(filter: EvidenceFilter): Promise<TieRow[]> {
    const unbounded = filter.from <= EARLIEST && filter.to >= LATEST;
    if (unbounded) return this.rows<TieRow>(Q["analytics.ties-all-time"], params(filter));
    const columns = await this.projection?.current();
    if (columns) return columns.ties(filter);
    if (filter.level === "country") return this.rows<TieRow>(Q["analytics.country-ties"], params(filter));
    return this.rows<TieRow>(Q["analytics.ties"], params(filter));
  }

  /**
   * Actor id -> affiliation code, which the index-only window read analytics.day-counts folds
   * by at level "country"; empty (unused) at level "actor".
   */
  private async affiliations(level: AnalyticsLevel): Promise<Record<string, string>> {
    if (level !== "country") return {};
    const rows = await this.rows<{ id: string; affiliation: string }>(Q["analytics.affiliations"], {});
    return Object.fromEntries(rows.map((r) => [r.id, r.affiliation]));
  }

  /** Ties touching the given member actors (both directions), folded to the level. */
  async partyTies(filter: EvidenceFilter, memberIds: readonly string[]): Promise<TieRow[]> {
    const columns = await this.projection?.current();
    if (columns) return columns.partyTies(filter, memberIds);
    return this.rows<TieRow>(Q["analytics.party-ties"], { ...params(filter), memberIds: [...memberIds] });
  }

  /**
   * Up to `samplesPerTie` statements for each tie of `filter.types` between the given
   * mediators and parties: mediator → party, or either way for symmetric types.
   */
  async partyEvidence(
    filter: EvidenceFilter,
    memberIds: readonly string[],
    parties: readonly string[],
    mediators: readonly string[],
    samplesPerTie: number,
  ): Promise<SampleRow[]> {
    if (mediators.length === 0 || samplesPerTie === 0) return [];
    const symmetricTypes = filter.types.filter((t) => RELATIONS[t].symmetric);
    const columns = await this.projection?.current();
    const relationIds = columns
      ? columns.relationIds(filter, mediators, parties, symmetricTypes)
      : (
          await this.rows<{ relationId: string }>(Q["analytics.party-relation-ids"], {
            ...params(filter),
            memberIds: [...memberIds],
            parties: [...parties],
            mediators: [...mediators],
            symmetricTypes,
          })
        ).map((r) => r.relationId);
    if (relationIds.length === 0) return [];
    return this.rows<SampleRow>(Q["analytics.party-evidence"], {
      ...params(filter),
      relationIds,
      samplesPerTie: neo4j.int(samplesPerTie),
    });
  }

  /** Evidence per day and type: everything, or what touches one party, or what joins two. */
  async dayCounts(
    filter: EvidenceFilter,
    scope?: { party: string; memberIds: readonly string[]; other: string | null },
  ): Promise<DayCountRow[]> {
    const columns = await this.projection?.current();
    if (columns) return columns.dayCounts(filter, scope);
    if (!scope)
      return this.rows<DayCountRow>(Q["analytics.day-counts"], {
        ...params(filter),
        affiliations: await this.affiliations(filter.level),
      });
    return this.rows<DayCountRow>(Q["analytics.party-day-counts"], {
      ...params(filter),
      memberIds: [...scope.memberIds],
      party: scope.party,
      other: scope.other,
    });
  }

  /** The nodes with these ids at the level; unknown ids are absent from the answer. */
  async nodes(level: AnalyticsLevel, ids: readonly string[]): Promise<NodeRow[]> {
    if (ids.length === 0) return [];
    if (level === "country") return this.rows<NodeRow>(Q["analytics.countries"], { codes: [...ids] });
    const actors = await this.rows<Omit<NodeRow, "memberIds">>(Q["analytics.actors"], { ids: [...ids] });
    return actors.map((a) => ({ ...a, memberIds: [a.id] }));
  }
}
