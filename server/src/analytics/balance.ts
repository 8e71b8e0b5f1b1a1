/**
 * Structural balance: the share of signed triangles whose sign product is positive
 * (+++ "friend of a friend", +−− "enemy of my enemy"). Triangles are enumerated once each
 * by orienting every edge from the lower-degree end (O(m^1.5)).
 */
import type { SignedEdge } from "./blocs.js";

export interface Balance {
  triangles: number;
  balanced: number;
  /** balanced / triangles; null when there is no triangle. */
  balancedShare: number | null;
}

export function structuralBalance(edges: readonly SignedEdge[]): Balance {
  const sign = new Map<string, Map<string, number>>();
  const link = (x: string, y: string, s: number) => {
    let m = sign.get(x);
    if (!m) {
      m = new Map();
      sign.set(x, m);
    }
    m.set(y, s);
  };
  for (const { a, b, weight } of edges) {
    if (a === b || weight === 0) continue;
    const s = Math.sign(weight);
    link(a, b, s);
    link(b, a, s);
  }
  const rank = (n: string) => sign.get(n)?.size ?? 0;
  const before = (x: string, y: string) => rank(x) < rank(y) || (rank(x) === rank(y) && x < y);
  const forward = new Map<string, [string, number][]>();
  for (const [v, ns] of sign)
    forward.set(
      v,
      [...ns].filter(([u]) => before(v, u)),
    );

  let triangles = 0;
  let balanced = 0;
  for (const out of forward.values()) {
    for (const [u, svu] of out) {
      const uNeighbours = sign.get(u);
      if (!uNeighbours) continue;
      for (const [w, svw] of out) {
        if (w === u || !before(u, w)) continue;
        const suw = uNeighbours.get(w);
        if (suw === undefined) continue;
        triangles++;
        if (svu * svw * suw > 0) balanced++;
      }
    }
  }
  return { triangles, balanced, balancedShare: triangles === 0 ? null : balanced / triangles };
}
