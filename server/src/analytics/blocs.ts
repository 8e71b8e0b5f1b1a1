/**
 * Blocs in a signed graph: Louvain on the positive ties, then local moves that lower the
 * frustration (negative weight inside blocs + positive weight across them) until no
 * single node can lower it further.
 *
 * Moving node v into bloc C leaves frustration = const − Σ_{u∈C} w(v,u), so each move
 * sends v to the bloc it is most attracted to (a new bloc of its own scores 0). Every
 * move strictly lowers the total, so the refinement ends.
 */
import { UndirectedGraph } from "graphology";
import louvainModule from "graphology-communities-louvain";

// A CommonJS module whose typings declare an ES default export: at run time the module itself is the function.
const louvain = louvainModule as unknown as typeof louvainModule.default;

export interface SignedEdge {
  a: string;
  b: string;
  /** Signed weight (any scale); zero-weight edges are ignored. */
  weight: number;
}

export interface Frustration {
  /** Negative edges with both ends in one bloc. */
  negativeInside: number;
  /** Positive edges between two blocs. */
  positiveAcross: number;
  /** Their weight (|w|) over the weight of all signed edges; 0 when there are none. */
  share: number;
}

export interface BlocResult {
  /** Bloc index per node: 0 is the largest bloc, ties broken by the smallest member id. */
  blocOf: Map<string, number>;
  blocs: string[][];
  frustration: Frustration;
}

const MAX_REFINEMENT_PASSES = 50;
const EPSILON = 1e-9;

/** A small seeded PRNG (mulberry32) so the same graph always gives the same blocs. */
export function seededRandom(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

export function signedBlocs(nodes: readonly string[], edges: readonly SignedEdge[], seed = 42): BlocResult {
  const index = new Map(nodes.map((n, i) => [n, i]));
  // One signed weight per unordered pair (the last edge given wins), as integer adjacency.
  const weights = new Map<string, number>();
  for (const { a, b, weight } of edges) {
    if (a === b || Math.abs(weight) < EPSILON || !index.has(a) || !index.has(b)) continue;
    weights.set(a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`, weight);
  }
  const neighbours: [number, number][][] = nodes.map(() => []);
  const positive = new UndirectedGraph();
  for (const n of nodes) positive.addNode(n);
  for (const [key, weight] of weights) {
    const [a = "", b = ""] = key.split("\u0000");
    const [i, j] = [index.get(a) ?? 0, index.get(b) ?? 0];
    neighbours[i]?.push([j, weight]);
    neighbours[j]?.push([i, weight]);
    if (weight > 0) positive.addUndirectedEdge(a, b, { weight });
  }

  const assignment = new Int32Array(nodes.length);
  if (positive.size > 0) {
    const communities = louvain(positive, { getEdgeWeight: "weight", rng: seededRandom(seed) });
    nodes.forEach((n, i) => {
      assignment[i] = communities[n] ?? 0;
    });
  } else {
    nodes.forEach((_, i) => {
      assignment[i] = i;
    });
  }
  refine(neighbours, assignment);
  return summarise(nodes, neighbours, assignment);
}

function refine(neighbours: readonly [number, number][][], assignment: Int32Array): void {
  const n = assignment.length;
  // Bloc ids stay below 2n: n from Louvain or the identity, at most n more for nodes set apart.
  const sizes = new Int32Array(2 * n + 1);
  let nextBloc = 0;
  for (const bloc of assignment) {
    sizes[bloc] = (sizes[bloc] ?? 0) + 1;
    nextBloc = Math.max(nextBloc, bloc + 1);
  }
  const attraction = new Float64Array(2 * n + 1);
  for (let pass = 0; pass < MAX_REFINEMENT_PASSES; pass++) {
    let moved = false;
    for (let v = 0; v < n; v++) {
      const current = assignment[v] ?? 0;
      const touched: number[] = [];
      for (const [u, w] of neighbours[v] ?? []) {
        const bloc = assignment[u] ?? 0;
        if (attraction[bloc] === 0) touched.push(bloc);
        attraction[bloc] = (attraction[bloc] ?? 0) + w;
      }
      let best = current;
      let bestGain = attraction[current] ?? 0;
      for (const bloc of touched) {
        const gain = attraction[bloc] ?? 0;
        if (bloc !== current && gain > bestGain + EPSILON) {
          best = bloc;
          bestGain = gain;
        }
      }
      for (const bloc of touched) attraction[bloc] = 0;
      // Alone is worth 0: leave a bloc that repels more than it attracts.
      if (bestGain < -EPSILON && (sizes[current] ?? 0) > 1) best = nextBloc++;
      if (best !== current) {
        assignment[v] = best;
        sizes[current] = (sizes[current] ?? 1) - 1;
        sizes[best] = (sizes[best] ?? 0) + 1;
        moved = true;
      }
    }
    if (!moved) break;
  }
}

function summarise(
  nodes: readonly string[],
  neighbours: readonly [number, number][][],
  assignment: Int32Array,
): BlocResult {
  const members = new Map<number, string[]>();
  nodes.forEach((n, i) => {
    const bloc = assignment[i] ?? 0;
    const list = members.get(bloc);
    if (list) list.push(n);
    else members.set(bloc, [n]);
  });
  const blocs = [...members.values()]
    .map((list) => list.sort())
    .sort((x, y) => y.length - x.length || (x[0] ?? "").localeCompare(y[0] ?? ""));
  const blocOf = new Map<string, number>();
  blocs.forEach((list, i) => {
    for (const n of list) blocOf.set(n, i);
  });

  let negativeInside = 0;
  let positiveAcross = 0;
  let frustrated = 0;
  let total = 0;
  neighbours.forEach((ns, v) => {
    for (const [u, w] of ns) {
      if (u <= v) continue;
      total += Math.abs(w);
      const same = assignment[u] === assignment[v];
      if (same && w < 0) {
        negativeInside++;
        frustrated += -w;
      } else if (!same && w > 0) {
        positiveAcross++;
        frustrated += w;
      }
    }
  });
  return {
    blocOf,
    blocs,
    frustration: { negativeInside, positiveAcross, share: total === 0 ? 0 : frustrated / total },
  };
}
