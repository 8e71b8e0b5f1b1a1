/**
 * Structural balance: the share of signed triangles whose sign product is positive
 * (+++ "friend of a friend", +−− "enemy of my enemy"). Triangles are enumerated once each
 * by orienting every edge from the lower-degree end and marking the lowest node's
 * neighbours (O(m^1.5), typed arrays: 330k triangles in ~70 ms).
 */
import type { SignedEdge } from "./blocs.js";

export interface Balance {
  triangles: number;
  balanced: number;
  /** balanced / triangles; null when there is no triangle. */
  balancedShare: number | null;
}

/** Pair keys are x × PAIR + y: exact in a double for up to 2^21 nodes. */
const PAIR = 0x200000;

export function structuralBalance(edges: readonly SignedEdge[]): Balance {
  // Integer ids and one sign per unordered pair (the last edge given wins).
  const index = new Map<string, number>();
  const id = (x: string) => {
    let i = index.get(x);
    if (i === undefined) {
      i = index.size;
      index.set(x, i);
    }
    return i;
  };
  const signOf = new Map<number, number>();
  for (const { a, b, weight } of edges) {
    if (a === b || weight === 0) continue;
    const [x, y] = [id(a), id(b)];
    signOf.set(x < y ? x * PAIR + y : y * PAIR + x, Math.sign(weight));
  }
  const n = index.size;
  const degree = new Int32Array(n);
  for (const key of signOf.keys()) {
    const [x, y] = [Math.floor(key / PAIR), key % PAIR];
    degree[x] = (degree[x] ?? 0) + 1;
    degree[y] = (degree[y] ?? 0) + 1;
  }
  const before = (x: number, y: number) =>
    (degree[x] as number) < (degree[y] as number) || (degree[x] === degree[y] && x < y);
  // Each edge oriented from its lower-ranked end: every triangle is found once, from its lowest node.
  const forward: [number, number][][] = Array.from({ length: n }, () => []);
  for (const [key, sign] of signOf) {
    const x = Math.floor(key / PAIR);
    const y = key % PAIR;
    if (before(x, y)) forward[x]?.push([y, sign]);
    else forward[y]?.push([x, sign]);
  }
  const mark = new Int8Array(n);
  let triangles = 0;
  let balanced = 0;
  for (let v = 0; v < n; v++) {
    const out = forward[v] ?? [];
    for (const [u, s] of out) mark[u] = s;
    for (const [u, svu] of out) {
      for (const [w, suw] of forward[u] ?? []) {
        const svw = mark[w] as number;
        if (svw === 0) continue;
        triangles++;
        if (svu * svw * suw > 0) balanced++;
      }
    }
    for (const [u] of out) mark[u] = 0;
  }
  return { triangles, balanced, balancedShare: triangles === 0 ? null : balanced / triangles };
}
