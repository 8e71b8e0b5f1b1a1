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
  const neighbours = new Map<string, Map<string, number>>(nodes.map((n) => [n, new Map()]));
  const positive = new UndirectedGraph();
  for (const n of nodes) positive.addNode(n);
  for (const { a, b, weight } of edges) {
    if (a === b || Math.abs(weight) < EPSILON || !neighbours.has(a) || !neighbours.has(b)) continue;
    neighbours.get(a)?.set(b, weight);
    neighbours.get(b)?.set(a, weight);
    if (weight > 0) positive.mergeEdge(a, b, { weight });
  }

  const assignment = new Map<string, number>();
  if (positive.size > 0) {
    const communities = louvain(positive, { getEdgeWeight: "weight", rng: seededRandom(seed) });
    for (const n of nodes) assignment.set(n, communities[n] ?? 0);
  } else {
    for (const [i, n] of nodes.entries()) assignment.set(n, i);
  }
  refine(nodes, neighbours, assignment);
  return summarise(nodes, neighbours, assignment);
}

function refine(
  nodes: readonly string[],
  neighbours: Map<string, Map<string, number>>,
  assignment: Map<string, number>,
): void {
  let nextBloc = Math.max(-1, ...assignment.values()) + 1;
  const sizes = new Map<number, number>();
  for (const bloc of assignment.values()) sizes.set(bloc, (sizes.get(bloc) ?? 0) + 1);
  for (let pass = 0; pass < MAX_REFINEMENT_PASSES; pass++) {
    let moved = false;
    for (const v of nodes) {
      const current = assignment.get(v) ?? 0;
      const attraction = new Map<number, number>();
      for (const [u, w] of neighbours.get(v) ?? []) {
        const bloc = assignment.get(u) ?? 0;
        attraction.set(bloc, (attraction.get(bloc) ?? 0) + w);
      }
      const here = attraction.get(current) ?? 0;
      let best = current;
      let bestGain = here;
      for (const [bloc, gain] of attraction) {
        if (bloc !== current && gain > bestGain + EPSILON) {
          best = bloc;
          bestGain = gain;
        }
      }
      // Alone is worth 0: leave a bloc that repels more than it attracts.
      const alone = (sizes.get(current) ?? 0) === 1 ? current : -1;
      if (bestGain < -EPSILON && alone === -1) {
        best = nextBloc++;
        bestGain = 0;
      }
      if (best !== current) {
        assignment.set(v, best);
        sizes.set(current, (sizes.get(current) ?? 1) - 1);
        sizes.set(best, (sizes.get(best) ?? 0) + 1);
        moved = true;
      }
    }
    if (!moved) break;
  }
}

function summarise(
  nodes: readonly string[],
  neighbours: Map<string, Map<string, number>>,
  assignment: Map<string, number>,
): BlocResult {
  const members = new Map<number, string[]>();
  for (const n of nodes) {
    const bloc = assignment.get(n) ?? 0;
    const list = members.get(bloc);
    if (list) list.push(n);
    else members.set(bloc, [n]);
  }
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
  for (const [v, ns] of neighbours) {
    for (const [u, w] of ns) {
      if (u <= v) continue;
      total += Math.abs(w);
      const same = blocOf.get(u) === blocOf.get(v);
      if (same && w < 0) {
        negativeInside++;
        frustrated += -w;
      } else if (!same && w > 0) {
        positiveAcross++;
        frustrated += w;
      }
    }
  }
  return {
    blocOf,
    blocs,
    frustration: { negativeInside, positiveAcross, share: total === 0 ? 0 : frustrated / total },
  };
}
