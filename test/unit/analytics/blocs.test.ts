import { describe, expect, it } from "vitest";
import { structuralBalance } from "../../../server/src/analytics/balance.js";
import { type SignedEdge, seededRandom, signedBlocs } from "../../../server/src/analytics/blocs.js";

function clique(ids: string[], weight: number): SignedEdge[] {
  const out: SignedEdge[] = [];
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) out.push({ a: ids[i] as string, b: ids[j] as string, weight });
  return out;
}

function across(xs: string[], ys: string[], weight: number): SignedEdge[] {
  return xs.flatMap((a) => ys.map((b) => ({ a, b, weight })));
}

const WEST = ["w1", "w2", "w3", "w4"];
const EAST = ["e1", "e2", "e3"];

describe("signedBlocs", () => {
  it("splits two friendly cliques that are hostile to each other into two blocs, frustration 0", () => {
    const edges = [...clique(WEST, 0.8), ...clique(EAST, 0.6), ...across(WEST, EAST, -0.7)];
    const { blocs, blocOf, frustration } = signedBlocs([...WEST, ...EAST], edges);
    expect(blocs).toEqual([WEST, EAST]);
    expect(blocOf.get("w3")).toBe(0);
    expect(blocOf.get("e2")).toBe(1);
    expect(frustration).toEqual({ negativeInside: 0, positiveAcross: 0, share: 0 });
  });

  it("separates two nodes tied positively through a common friend but hostile to each other", () => {
    // Louvain on positive ties alone sees one star; the negative tie must split it.
    const edges: SignedEdge[] = [
      { a: "arm", b: "rus", weight: 0.3 },
      { a: "aze", b: "rus", weight: 0.3 },
      { a: "arm", b: "aze", weight: -0.99 },
      { a: "aze", b: "tur", weight: 0.9 },
    ];
    const { blocOf } = signedBlocs(["arm", "aze", "rus", "tur"], edges);
    expect(blocOf.get("arm")).not.toBe(blocOf.get("aze"));
    expect(blocOf.get("tur")).toBe(blocOf.get("aze"));
  });

  it("reports frustration when no partition can satisfy every tie", () => {
    const edges: SignedEdge[] = [
      { a: "x", b: "y", weight: 0.5 },
      { a: "y", b: "z", weight: 0.5 },
      { a: "x", b: "z", weight: -0.5 },
    ];
    const { frustration } = signedBlocs(["x", "y", "z"], edges);
    expect(frustration.negativeInside + frustration.positiveAcross).toBe(1);
    expect(frustration.share).toBeCloseTo(1 / 3);
  });

  it("puts isolated nodes and purely hostile pairs in blocs of their own", () => {
    const { blocs } = signedBlocs(["a", "b", "c"], [{ a: "a", b: "b", weight: -0.4 }]);
    expect(blocs).toEqual([["a"], ["b"], ["c"]]);
  });

  it("is deterministic", () => {
    const edges = [...clique(WEST, 0.5), ...clique(EAST, 0.5), { a: "w1", b: "e1", weight: 0.2 }];
    const first = signedBlocs([...WEST, ...EAST], edges).blocs;
    for (let i = 0; i < 5; i++) expect(signedBlocs([...WEST, ...EAST], edges).blocs).toEqual(first);
  });
});

describe("structuralBalance", () => {
  it("finds every triangle balanced in two hostile cliques", () => {
    const edges = [...clique(WEST, 0.8), ...clique(EAST, 0.6), ...across(WEST, EAST, -0.7)];
    const b = structuralBalance(edges);
    // C(7,3) triangles: all-positive inside a clique, or one positive and two negative across.
    expect(b).toEqual({ triangles: 35, balanced: 35, balancedShare: 1 });
  });

  it("calls a triangle with one negative edge unbalanced", () => {
    expect(
      structuralBalance([
        { a: "x", b: "y", weight: 0.5 },
        { a: "y", b: "z", weight: 0.5 },
        { a: "x", b: "z", weight: -0.1 },
      ]),
    ).toEqual({ triangles: 1, balanced: 0, balancedShare: 0 });
  });

  it("calls the enemy of my enemy balanced and three enemies unbalanced", () => {
    const twoEnemies = structuralBalance([
      { a: "x", b: "y", weight: 0.5 },
      { a: "y", b: "z", weight: -0.5 },
      { a: "x", b: "z", weight: -0.5 },
    ]);
    expect(twoEnemies.balancedShare).toBe(1);
    const threeEnemies = structuralBalance([
      { a: "x", b: "y", weight: -0.5 },
      { a: "y", b: "z", weight: -0.5 },
      { a: "x", b: "z", weight: -0.5 },
    ]);
    expect(threeEnemies.balancedShare).toBe(0);
  });

  it("has no share without triangles", () => {
    expect(structuralBalance([{ a: "x", b: "y", weight: 1 }])).toEqual({
      triangles: 0,
      balanced: 0,
      balancedShare: null,
    });
  });
});

describe("structuralBalance on a random graph", () => {
  it("agrees with brute force over every node triple", () => {
    const rand = seededRandom(3);
    const n = 30;
    const sign = new Map<string, number>();
    const edges: SignedEdge[] = [];
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++)
        if (rand() < 0.3) {
          const weight = rand() < 0.5 ? -1 : 1;
          sign.set(`${i},${j}`, weight);
          edges.push({ a: `n${i}`, b: `n${j}`, weight });
        }
    let triangles = 0;
    let balanced = 0;
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++)
        for (let k = j + 1; k < n; k++) {
          const [x, y, z] = [sign.get(`${i},${j}`), sign.get(`${j},${k}`), sign.get(`${i},${k}`)];
          if (x === undefined || y === undefined || z === undefined) continue;
          triangles++;
          if (x * y * z > 0) balanced++;
        }
    expect(triangles).toBeGreaterThan(50);
    expect(structuralBalance(edges)).toEqual({ triangles, balanced, balancedShare: balanced / triangles });
  });
});
