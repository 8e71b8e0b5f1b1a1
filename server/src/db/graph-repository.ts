/**
 * Read side of the graph views: rings of a neighbourhood, the whole graph, node data and
 * shortest paths. A reader lives inside one read transaction, so a view is one consistent
 * snapshot; rows cross this edge as plain JSON.
 */
import neo4j from "neo4j-driver";
import type { ActorKind } from "../domain/actors.js";
import { RELATION_TYPES, type RelationType } from "../domain/relations.js";
import { loadQueries } from "./cypher-files.js";
import type { GraphDb, Tx } from "./graph-db.js";
import { toNative } from "./to-native.js";

const Q = loadQueries([
  "actor.resolve",
  "graph.expand",
  "graph.expand-country",
  "graph.expand-evidence",
  "graph.top",
  "graph.degree",
  "graph.strongest",
  "graph.top-country",
  "graph.top-evidence",
  "graph.actor-nodes",
  "graph.country-nodes",
  "graph.path",
  "graph.supernodes",
]);

/** One folded edge: actor ids at actor level, affiliation codes at country level. */
export interface EdgeRow {
  source: string;
  type: RelationType;
  target: string;
  evidenceCount: number;
  sourceCount: number;
  firstSeen: string;
  lastSeen: string;
  maxConfidence: number;
}

export interface NodeRow {
  id: string;
  label: string;
  kind: ActorKind;
  affiliation: string;
  role: string | null;
}

/** Which statements count. `evidence` absent: the stored aggregates (asserted statements) serve. */
export interface EdgeFilter {
  types: readonly RelationType[];
  minEvidence: number;
  country: boolean;
  evidence?: { from?: string; to?: string; minConfidence: number; includeFlagged: boolean };
}

/**
 * Ranking relationships by strength: below this many typed relationships on the frontier, ranking
 * them all is cheap; above it, the strongest are read from the per-type strength indexes
 * (graph.strongest), probing these thresholds in turn until one yields enough edges.
 */
export const STRENGTH_INDEX_DEGREE = 4_000;
const STRENGTH_THRESHOLDS = [64, 16, 4] as const;
/** Reading more index entries than this share of the relationships ranked would cost more than ranking them. */
const INDEX_BUDGET_SHARE = 0.3;
/** Assumed growth of a probe's reads and hits from one threshold to the next (64 → 16), before any is measured. */
const PROBE_GROWTH = 8;

function rows<T>(records: { toObject(): Record<string, unknown> }[]): T[] {
  return records.map((r) => toNative(r.toObject()) as T);
}

/** All ontology types selected: no type predicate at all (null), which saves a list scan per relationship. */
const typesParam = (types: readonly RelationType[]) =>
  types.length === RELATION_TYPES.length ? null : types;

function edgeParams(filter: EdgeFilter, limit: number): Record<string, unknown> {
  return {
    types: typesParam(filter.types),
    minEvidence: filter.minEvidence,
    country: filter.country,
    limit: neo4j.int(limit),
    from: filter.evidence?.from ?? null,
    to: filter.evidence?.to ?? null,
    minConfidence: filter.evidence?.minConfidence ?? 0,
    includeFlagged: filter.evidence?.includeFlagged ?? false,
  };
}

export class GraphReader {
  constructor(private readonly tx: Tx) {}

  /** Actors behind keys: by id, and every actor of the given affiliation codes. */
  async resolve(
    ids: readonly string[],
    codes: readonly string[],
  ): Promise<{ id: string; affiliation: string }[]> {
    return rows((await this.tx.run(Q["actor.resolve"], { ids, codes })).records);
  }

  /**
   * Edges of the frontier actors whose other end is not among the `done` keys, strongest first.
   * `indexDegree` overrides STRENGTH_INDEX_DEGREE.
   */
  async expand(
    frontier: readonly string[],
    done: readonly string[],
    filter: EdgeFilter,
    limit: number,
    indexDegree = STRENGTH_INDEX_DEGREE,
  ): Promise<EdgeRow[]> {
    const strongest = await this.strongest(frontier, done, filter, limit, indexDegree);
    if (strongest) return strongest;
    const query = filter.evidence
      ? Q["graph.expand-evidence"]
      : filter.country
        ? Q["graph.expand-country"]
        : Q["graph.expand"];
    const result = await this.tx.run(query, { ...edgeParams(filter, limit), frontier, done });
    return rows(result.records);
  }

  /**
   * The strongest `limit` edges of the frontier (null: the whole graph) from the strength indexes:
   * every relationship at or above a threshold is read, highest threshold first; once at least
   * `limit` of them qualify, no weaker one can rank among the first `limit`, so the answer is the
   * one ranking them all would give (up to ties in strength). Undefined when that path does not
   * apply (statement filters, country level, a small frontier) or would read more than ranking.
   */
  private async strongest(
    frontier: readonly string[] | null,
    done: readonly string[],
    filter: EdgeFilter,
    limit: number,
    indexDegree: number,
  ): Promise<EdgeRow[] | undefined> {
    if (filter.evidence || filter.country) return undefined;
    const types = typesParam(filter.types);
    const [row] = (await this.tx.run(Q["graph.degree"], { frontier, types })).records;
    const degree = Number(row?.get("degree") ?? 0);
    if (degree <= indexDegree) return undefined;
    const budget = Math.ceil(degree * INDEX_BUDGET_SHARE);
    const floor = Math.max(1, filter.minEvidence);
    const thresholds = [...STRENGTH_THRESHOLDS.filter((t) => t > floor), floor];
    let previous = 0;
    for (const [i, threshold] of thresholds.entries()) {
      const result = await this.tx.run(Q["graph.strongest"], {
        frontier,
        done,
        types,
        minCount: neo4j.int(threshold),
        minEvidence: neo4j.int(floor),
        budget: neo4j.int(budget),
        limit: neo4j.int(limit),
      });
      const [probe] = result.records;
      const scanned = Number(probe?.get("scanned") ?? budget);
      const hits = Number(probe?.get("hits") ?? 0);
      if (!probe || scanned >= budget) return undefined;
      if (hits >= limit || threshold === floor) return toNative(probe.get("edges")) as unknown as EdgeRow[];
      // Would the next threshold pay? Reads and hits grow about as they did from the last one.
      const growth = previous > 0 ? scanned / previous : PROBE_GROWTH;
      previous = scanned;
      const exhaustive = thresholds[i + 1] === floor;
      if (scanned * growth > budget || (!exhaustive && hits * growth < limit)) return undefined;
    }
    return undefined;
  }

  /** The actors among `ids` with more than `maxDegree` relationships of any kind. */
  async supernodes(ids: readonly string[], maxDegree: number): Promise<Set<string>> {
    const result = await this.tx.run(Q["graph.supernodes"], { ids, maxDegree: neo4j.int(maxDegree) });
    return new Set(result.records.map((r) => String(r.get("id"))));
  }

  async top(filter: EdgeFilter, limit: number, indexDegree = STRENGTH_INDEX_DEGREE): Promise<EdgeRow[]> {
    const strongest = await this.strongest(null, [], filter, limit, indexDegree);
    if (strongest) return strongest;
    const query = filter.evidence
      ? Q["graph.top-evidence"]
      : filter.country
        ? Q["graph.top-country"]
        : Q["graph.top"];
    return rows((await this.tx.run(query, edgeParams(filter, limit))).records);
  }

  async nodes(keys: readonly string[], country: boolean): Promise<NodeRow[]> {
    const result = country
      ? await this.tx.run(Q["graph.country-nodes"], { codes: keys })
      : await this.tx.run(Q["graph.actor-nodes"], { ids: keys });
    return rows(result.records);
  }

  /** Shortest paths, each as its edges in order from `from`. */
  async paths(
    from: string,
    to: string,
    types: readonly RelationType[],
    maxDepth: number,
    limit: number,
  ): Promise<EdgeRow[][]> {
    const result = await this.tx.run(Q["graph.path"], {
      from,
      to,
      types: typesParam(types),
      maxDepth: neo4j.int(maxDepth),
      limit: neo4j.int(limit),
    });
    return result.records.map((r) => toNative(r.get("edges")) as unknown as EdgeRow[]);
  }
}

export class GraphRepository {
  constructor(private readonly db: GraphDb) {}

  read<T>(work: (reader: GraphReader) => Promise<T>): Promise<T> {
    return this.db.read((tx) => work(new GraphReader(tx)));
  }
}
