/**
 * Which graph requests a state needs, and the one dataset their answers merge into.
 * The fetching itself lives in main.ts; this part is pure.
 */
import type { GraphEdge, GraphNode, GraphResponse } from "../../../server/src/contracts/graph.js";
import { graphUrl, pathUrl, queryString } from "../api.js";
import type { AppState } from "../state.js";

/** The server's bound for whole-graph views; the drawing cap (elements.ts) comes after it. */
export const GRAPH_LIMIT = 2000;

export interface Dataset {
  nodes: Map<string, GraphNode["data"]>;
  edges: Map<string, GraphEdge["data"]>;
  truncated: boolean;
  /** Node and edge ids on the requested path, in order. */
  path: { nodes: string[]; edges: string[] } | null;
}

export interface Requests {
  /** Neighbourhood or whole-graph URLs whose answers are merged. */
  graph: string[];
  path: string | null;
}

export function requestsFor(state: AppState): Requests {
  const dates = { from: state.filters.from ?? undefined, to: state.filters.to ?? undefined };
  const base = state.focus
    ? graphUrl({ actor: state.focus, depth: state.depth, level: state.level, ...dates })
    : graphUrl({ level: state.level, limit: GRAPH_LIMIT, ...dates });
  const expansions = state.expanded
    .filter((id) => id !== state.focus)
    .map((id) => graphUrl({ actor: id, depth: 1, level: state.level, ...dates }));
  return {
    graph: [base, ...expansions],
    path: state.path ? pathUrl(state.path.from, state.path.to) : null,
  };
}

/** Evidence per month over the whole corpus at this level: the histogram behind the date filter. */
export function timelineRequest(state: AppState): string {
  return `/api/analytics/timeline${queryString({ bucket: "month", level: state.level })}`;
}

/** Without the timeline endpoint: the whole graph without dates, spread over each relation's months. */
export function timelineFallbackRequest(state: AppState): string {
  return graphUrl({ level: state.level, limit: GRAPH_LIMIT });
}

export function emptyDataset(): Dataset {
  return { nodes: new Map(), edges: new Map(), truncated: false, path: null };
}

export function mergeResponses(responses: GraphResponse[], pathResponse: GraphResponse | null): Dataset {
  const dataset = emptyDataset();
  for (const response of pathResponse ? [...responses, pathResponse] : responses) {
    for (const node of response.nodes) dataset.nodes.set(node.data.id, node.data);
    for (const edge of response.edges) dataset.edges.set(edge.data.id, edge.data);
    dataset.truncated ||= response.truncated;
  }
  if (pathResponse) {
    dataset.path = {
      nodes: pathResponse.nodes.map((n) => n.data.id),
      edges: pathResponse.edges.map((e) => e.data.id),
    };
  }
  return dataset;
}
