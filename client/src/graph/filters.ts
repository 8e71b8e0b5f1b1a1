/**
 * Edge filters as a small typed registry: each reads its part of the state and says
 * whether an edge stays. Adding a filter is one entry here (and its control in ui/).
 */
import type { GraphEdge } from "../../../server/src/contracts/graph.js";
import type { Filters } from "../state.js";

type EdgeData = GraphEdge["data"];

export interface EdgeFilter {
  id: string;
  /** True when the filter lets everything through, so it can be skipped and reported as off. */
  inactive(filters: Filters): boolean;
  keep(edge: EdgeData, filters: Filters): boolean;
}

export const EDGE_FILTERS: readonly EdgeFilter[] = [
  {
    id: "types",
    inactive: () => false,
    keep: (edge, f) => f.types.includes(edge.type),
  },
  {
    // The server already bounds evidence by date; this keeps cached or merged data honest.
    id: "dates",
    inactive: (f) => !f.from && !f.to,
    keep: (edge, f) => (!f.from || edge.lastSeen >= f.from) && (!f.to || edge.firstSeen <= f.to),
  },
  {
    id: "minEvidence",
    inactive: (f) => f.minEvidence <= 1,
    keep: (edge, f) => edge.evidenceCount >= f.minEvidence,
  },
  {
    id: "minConfidence",
    inactive: (f) => f.minConfidence <= 0,
    keep: (edge, f) => edge.maxConfidence >= f.minConfidence,
  },
];

export function edgePasses(edge: EdgeData, filters: Filters): boolean {
  return EDGE_FILTERS.every((filter) => filter.inactive(filters) || filter.keep(edge, filters));
}
