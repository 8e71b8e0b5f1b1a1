/**
 * The derivation: dataset + state → the Cytoscape elements to draw. Pure; the network
 * view reconciles Cytoscape with its output and never edits the graph any other way.
 */
import type { GraphEdge, GraphNode } from "../../../server/src/contracts/graph.js";
import { RELATIONS, type RelationType } from "../../../server/src/domain/relations.js";
import type { AppState } from "../state.js";
import type { Dataset } from "./dataset.js";
import { edgePasses } from "./filters.js";

/** What the explorer draws at most, nodes and edges together. */
export const DRAW_CAP = 2000;

export interface NodeElement {
  group: "nodes";
  data: GraphNode["data"] & { size: number; visibleEvidence: number };
  classes: string;
}

export interface EdgeElement {
  group: "edges";
  data: GraphEdge["data"] & { width: number; label: string };
  classes: string;
}

export interface Derived {
  nodes: NodeElement[];
  edges: EdgeElement[];
  /** Counts after the filters, before the cap. */
  total: { nodes: number; edges: number };
  capped: boolean;
  /** Why the view is not everything the filters let through, for the reader. */
  warnings: string[];
  /** Why nothing is drawn. */
  empty: "no-data" | "filtered" | null;
  /** When capped: the lowest minimum evidence under which everything fits, if one does. */
  suggestedMinEvidence: number | null;
}

/** The lowest evidence threshold (above the current one) at which edges and their ends fit the cap. */
export function fittingMinEvidence(
  edges: readonly GraphEdge["data"][],
  from: number,
  cap: number,
): number | null {
  const levels = [...new Set(edges.map((e) => e.evidenceCount))]
    .filter((k) => k > from)
    .sort((a, b) => a - b);
  for (const k of levels) {
    const kept = edges.filter((e) => e.evidenceCount >= k);
    const ends = new Set(kept.flatMap((e) => [e.source, e.target]));
    if (kept.length + ends.size <= cap) return k;
  }
  return null;
}

const nodeSize = (evidence: number) => Math.round(16 + 7 * Math.log2(1 + evidence));
const edgeWidth = (evidence: number) => Math.round((1.5 + 1.5 * Math.log2(evidence)) * 10) / 10;

export function deriveElements(dataset: Dataset, state: AppState, cap = DRAW_CAP): Derived {
  const hidden = new Set(state.hidden);
  const pathNodes = new Set(dataset.path?.nodes ?? []);
  const pathEdges = new Set(dataset.path?.edges ?? []);
  const anchors = new Set<string>([...state.expanded, ...state.pinned, ...pathNodes]);
  if (state.focus) anchors.add(state.focus);

  const edges = [...dataset.edges.values()].filter(
    (e) =>
      dataset.nodes.has(e.source) &&
      dataset.nodes.has(e.target) &&
      !hidden.has(e.source) &&
      !hidden.has(e.target) &&
      (pathEdges.has(e.id) || edgePasses(e, state.filters)),
  );
  const evidenceOf = new Map<string, number>();
  for (const e of edges) {
    evidenceOf.set(e.source, (evidenceOf.get(e.source) ?? 0) + e.evidenceCount);
    evidenceOf.set(e.target, (evidenceOf.get(e.target) ?? 0) + e.evidenceCount);
  }
  // A node stays when one of its edges survived or when the reader asked for it.
  const nodes = [...dataset.nodes.values()].filter(
    (n) => !hidden.has(n.id) && (evidenceOf.has(n.id) || anchors.has(n.id)),
  );
  const total = { nodes: nodes.length, edges: edges.length };

  let keptNodes = nodes;
  let keptEdges = edges;
  const capped = total.nodes + total.edges > cap;
  if (capped) {
    const keep = new Set(nodes.filter((n) => anchors.has(n.id)).map((n) => n.id));
    const ranked = [...edges].sort(
      (a, b) =>
        Number(pathEdges.has(b.id)) - Number(pathEdges.has(a.id)) ||
        b.evidenceCount - a.evidenceCount ||
        (a.id < b.id ? -1 : 1),
    );
    keptEdges = [];
    for (const edge of ranked) {
      const extra =
        Number(!keep.has(edge.source)) + Number(!keep.has(edge.target) && edge.source !== edge.target);
      if (keep.size + keptEdges.length + extra + 1 > cap) continue;
      keep.add(edge.source);
      keep.add(edge.target);
      keptEdges.push(edge);
    }
    keptNodes = nodes.filter((n) => keep.has(n.id));
  }

  const warnings: string[] = [];
  if (capped) {
    warnings.push(
      `Showing ${keptNodes.length + keptEdges.length} of ${total.nodes + total.edges} elements ` +
        "(the relations with the most evidence). Focus an actor, raise the minimum evidence " +
        "or untick relation types to see the rest.",
    );
  }
  if (state.path && dataset.path && dataset.path.edges.length === 0) {
    warnings.push(
      `No chain of relations links ${state.path.from} and ${state.path.to} within the server's search depth.`,
    );
  }
  if (dataset.truncated) {
    warnings.push(
      "The server cut this view at its limit: focus an actor or narrow the dates to see all of it.",
    );
  }

  const selected = state.selected;
  const classesOf = (id: string, isNode: boolean) => {
    const c: string[] = [];
    if (isNode && state.focus === id) c.push("focus");
    if (isNode && state.pinned.includes(id)) c.push("pinned");
    if (isNode && state.expanded.includes(id)) c.push("expanded");
    if (isNode ? pathNodes.has(id) : pathEdges.has(id)) c.push("on-path");
    else if (pathEdges.size > 0) c.push("faded");
    if (selected && selected.id === id && (selected.kind === "node") === isNode) c.push("selected");
    return c.join(" ");
  };

  const empty = dataset.nodes.size === 0 ? "no-data" : keptNodes.length === 0 ? "filtered" : null;
  return {
    nodes: keptNodes.map((n) => {
      const visibleEvidence = evidenceOf.get(n.id) ?? 0;
      return {
        group: "nodes",
        data: { ...n, visibleEvidence, size: nodeSize(visibleEvidence) },
        classes: classesOf(n.id, true),
      };
    }),
    edges: keptEdges.map((e) => ({
      group: "edges",
      data: { ...e, width: edgeWidth(Math.max(1, e.evidenceCount)), label: RELATIONS[e.type].label },
      classes: classesOf(e.id, false),
    })),
    total,
    capped,
    warnings,
    empty,
    suggestedMinEvidence: capped ? fittingMinEvidence(edges, state.filters.minEvidence, cap) : null,
  };
}

export interface HistogramBin {
  /** YYYY-MM */
  month: string;
  count: number;
}

/**
 * Evidence per month. Relations carry only their first and last dates, so each one's
 * evidence is spread evenly over the months between them.
 */
export function evidenceHistogram(edges: Iterable<GraphEdge["data"]>): HistogramBin[] {
  const counts = new Map<string, number>();
  let min: string | null = null;
  let max: string | null = null;
  for (const e of edges) {
    const months = monthsBetween(e.firstSeen.slice(0, 7), e.lastSeen.slice(0, 7));
    for (const m of months) counts.set(m, (counts.get(m) ?? 0) + e.evidenceCount / months.length);
    const first = months[0];
    const last = months.at(-1);
    if (first && (!min || first < min)) min = first;
    if (last && (!max || last > max)) max = last;
  }
  if (!min || !max) return [];
  return monthsBetween(min, max).map((month) => ({ month, count: counts.get(month) ?? 0 }));
}

/** The part of GET /api/analytics/timeline?bucket=month the histogram reads. */
export interface MonthlyTimeline {
  buckets: { start: string; byType: Partial<Record<RelationType, number>> }[];
}

/** Evidence per month for the ticked relation types, with empty months filled in. */
export function timelineHistogram(timeline: MonthlyTimeline, types: readonly RelationType[]): HistogramBin[] {
  const counts = new Map<string, number>();
  for (const bucket of timeline.buckets) {
    const month = bucket.start.slice(0, 7);
    const count = types.reduce((sum, t) => sum + (bucket.byType[t] ?? 0), 0);
    counts.set(month, (counts.get(month) ?? 0) + count);
  }
  const months = [...counts.keys()].sort();
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return [];
  return monthsBetween(first, last).map((month) => ({ month, count: counts.get(month) ?? 0 }));
}

export function monthsBetween(from: string, to: string): string[] {
  const [fy, fm] = from.split("-").map(Number);
  const [ty, tm] = to.split("-").map(Number);
  if (!fy || !fm || !ty || !tm) return [];
  const out: string[] = [];
  // Months counted from year 0: month index i is year ⌊i/12⌋, month i mod 12 + 1.
  for (let i = fy * 12 + fm - 1; i <= ty * 12 + tm - 1 && out.length <= 600; i++) {
    out.push(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`);
  }
  return out.length ? out : [from];
}
