/**
 * Graph views for the explorer: a neighbourhood grown ring by ring around an actor (or the
 * whole graph), and shortest paths between two actors, as Cytoscape-ready elements. Every
 * view is derived from the canonical graph; filters that concern statements (dates,
 * confidence, flagged) recompute the edge aggregates from the matching Evidence.
 */
import type { GraphEdge, GraphNode, GraphResponse, Level, PathResponse } from "../contracts/graph.js";
import type { GraphDb } from "../db/graph-db.js";
import {
  type EdgeFilter,
  type EdgeRow,
  type GraphReader,
  GraphRepository,
  type NodeRow,
} from "../db/graph-repository.js";
import { type Polarity, RELATION_TYPES, RELATIONS, type RelationType } from "../domain/relations.js";
import { NotFoundError, ValidationError } from "../errors.js";

export interface NeighborhoodRequest {
  /** Actor id, or (country level) an actor id or affiliation code; absent: the whole graph. */
  actor?: string;
  depth: number;
  types?: RelationType[];
  polarity?: Polarity[];
  from?: string;
  to?: string;
  minEvidence: number;
  minConfidence?: number;
  includeFlagged: boolean;
  level: Level;
  limit: number;
  /** Overrides SUPERNODE_DEGREE. */
  supernodeDegree?: number;
  /** Overrides STRENGTH_INDEX_DEGREE (when the strength indexes rank a frontier's relationships). */
  strengthIndexDegree?: number;
}

export interface PathRequest {
  from: string;
  to: string;
  types?: RelationType[];
  maxDepth: number;
  limit: number;
}

/**
 * Beyond the first ring, actors with more relationships than this (of any kind) are not expanded:
 * ranking a hub's tens of thousands of relations costs far more than the few edges it could add
 * to a bounded view. The view then says `truncated`.
 */
export const SUPERNODE_DEGREE = 5_000;

const isCode = (key: string) => /^[A-Z]/.test(key);

/** The ontology types left after the type and polarity filters. */
export function selectedTypes(
  types?: readonly RelationType[],
  polarity?: readonly Polarity[],
): RelationType[] {
  return RELATION_TYPES.filter(
    (t) => (!types || types.includes(t)) && (!polarity || polarity.includes(RELATIONS[t].polarity)),
  );
}

export function edgeFilter(req: NeighborhoodRequest): EdgeFilter {
  const needsEvidence =
    req.from !== undefined || req.to !== undefined || req.minConfidence !== undefined || req.includeFlagged;
  return {
    types: selectedTypes(req.types, req.polarity),
    minEvidence: req.minEvidence,
    country: req.level === "country",
    ...(needsEvidence
      ? {
          evidence: {
            ...(req.from ? { from: req.from } : {}),
            ...(req.to ? { to: req.to } : {}),
            minConfidence: req.minConfidence ?? 0,
            includeFlagged: req.includeFlagged,
          },
        }
      : {}),
  };
}

export const edgeId = (e: Pick<EdgeRow, "source" | "type" | "target">) =>
  `${e.source}--${e.type}--${e.target}`;

export function toGraphEdge(e: EdgeRow): GraphEdge {
  const info = RELATIONS[e.type];
  return {
    data: {
      id: edgeId(e),
      source: e.source,
      target: e.target,
      type: e.type,
      polarity: info.polarity,
      weight: info.goldstein,
      evidenceCount: e.evidenceCount,
      sourceCount: e.sourceCount,
      firstSeen: e.firstSeen,
      lastSeen: e.lastSeen,
      maxConfidence: e.maxConfidence,
    },
  };
}

/** Nodes for the edges' endpoints (and any extra keys), each with the evidence on its edges. */
async function assemble(
  reader: GraphReader,
  rows: EdgeRow[],
  extraKeys: string[],
  country: boolean,
  truncated: boolean,
): Promise<GraphResponse> {
  const evidence = new Map<string, number>(extraKeys.map((k) => [k, 0]));
  for (const e of rows) {
    evidence.set(e.source, (evidence.get(e.source) ?? 0) + e.evidenceCount);
    evidence.set(e.target, (evidence.get(e.target) ?? 0) + e.evidenceCount);
  }
  const nodeRows = evidence.size === 0 ? [] : await reader.nodes([...evidence.keys()], country);
  const nodes: GraphNode[] = nodeRows.map((n: NodeRow) => ({
    data: {
      id: n.id,
      label: n.label,
      kind: n.kind,
      affiliation: n.affiliation,
      ...(n.role ? { role: n.role } : {}),
      evidenceCount: evidence.get(n.id) ?? 0,
    },
  }));
  nodes.sort((a, b) => b.data.evidenceCount - a.data.evidenceCount || a.data.id.localeCompare(b.data.id));
  const edges = rows.map(toGraphEdge);
  edges.sort(
    (a, b) =>
      b.data.evidenceCount - a.data.evidenceCount ||
      b.data.maxConfidence - a.data.maxConfidence ||
      a.data.id.localeCompare(b.data.id),
  );
  return { nodes, edges, truncated };
}

/** The key of the view's centre and the actors it stands for. */
async function centre(reader: GraphReader, actor: string, country: boolean) {
  if (!country) {
    if (isCode(actor)) throw new ValidationError("an affiliation code as centre needs level=country");
    const found = await reader.resolve([actor], []);
    if (found.length === 0) throw new NotFoundError("actor", actor);
    return { key: actor, actors: [actor] };
  }
  let code = actor;
  if (!isCode(actor)) {
    const [found] = await reader.resolve([actor], []);
    if (!found) throw new NotFoundError("actor", actor);
    code = found.affiliation;
  }
  const members = await reader.resolve([], [code]);
  if (members.length === 0) throw new NotFoundError("affiliation", code);
  return { key: code, actors: members.map((m) => m.id) };
}

export async function neighborhood(repo: GraphRepository, req: NeighborhoodRequest): Promise<GraphResponse> {
  const filter = edgeFilter(req);
  const country = filter.country;
  return repo.read(async (reader) => {
    if (req.actor === undefined) {
      if (filter.types.length === 0) return { nodes: [], edges: [], truncated: false };
      const rows = await reader.top(filter, req.limit + 1, req.strengthIndexDegree);
      return assemble(reader, rows.slice(0, req.limit), [], country, rows.length > req.limit);
    }
    const start = await centre(reader, req.actor, country);
    if (filter.types.length === 0) return assemble(reader, [], [start.key], country, false);
    const edges: EdgeRow[] = [];
    const seen = new Set([start.key]);
    const done: string[] = [];
    let frontierKeys = [start.key];
    let frontier = start.actors;
    let full = false;
    let skipped = false;
    for (let ring = 1; ring <= req.depth; ring++) {
      const remaining = req.limit - edges.length;
      const rows = await reader.expand(frontier, done, filter, remaining + 1, req.strengthIndexDegree);
      if (rows.length > remaining) {
        full = true;
        rows.length = remaining;
      }
      edges.push(...rows);
      if (full || ring === req.depth) break;
      done.push(...frontierKeys);
      frontierKeys = [];
      for (const e of rows) {
        for (const k of [e.source, e.target]) {
          if (!seen.has(k)) {
            seen.add(k);
            frontierKeys.push(k);
          }
        }
      }
      if (frontierKeys.length === 0) break;
      const actors = country ? (await reader.resolve([], frontierKeys)).map((a) => a.id) : frontierKeys;
      const supernodes = await reader.supernodes(actors, req.supernodeDegree ?? SUPERNODE_DEGREE);
      if (supernodes.size > 0) skipped = true;
      frontier = actors.filter((id) => !supernodes.has(id));
      if (frontier.length === 0) break;
    }
    return assemble(reader, edges, [start.key], country, full || skipped);
  });
}

export async function shortestPaths(repo: GraphRepository, req: PathRequest): Promise<PathResponse> {
  if (req.from === req.to) throw new ValidationError("from and to must be different actors");
  const types = selectedTypes(req.types);
  return repo.read(async (reader) => {
    const found = new Set((await reader.resolve([req.from, req.to], [])).map((a) => a.id));
    for (const id of [req.from, req.to]) if (!found.has(id)) throw new NotFoundError("actor", id);
    const candidates = await reader.paths(req.from, req.to, types, req.maxDepth, req.limit + 1);
    const truncated = candidates.length > req.limit;
    const kept = candidates.slice(0, req.limit);
    const byId = new Map<string, EdgeRow>();
    for (const path of kept) for (const e of path) byId.set(edgeId(e), e);
    const graph = await assemble(reader, [...byId.values()], [req.from, req.to], false, truncated);
    return { ...graph, paths: kept.map((path) => path.map(edgeId)) };
  });
}

/** The graph views bound to their repository, for the routes. */
export function graphServiceFor(db: GraphDb) {
  const repo = new GraphRepository(db);
  return {
    neighborhood: (req: NeighborhoodRequest) => neighborhood(repo, req),
    shortestPaths: (req: PathRequest) => shortestPaths(repo, req),
  };
}
