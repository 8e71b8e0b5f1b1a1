/** Layouts as a typed registry: one entry each; the state keeps only the id. */
import type { LayoutOptions } from "cytoscape";
import { LAYOUT_IDS, type LayoutId } from "./layout-ids.js";

export interface LayoutContext {
  elementCount: number;
  focus: string | null;
  /** Keep the nodes where they are and only place the new ones. */
  incremental: boolean;
}

export interface LayoutDef {
  id: LayoutId;
  label: string;
  options(ctx: LayoutContext): LayoutOptions;
}

const common = (_ctx: LayoutContext) => ({
  fit: true,
  padding: 40,
  animate: false,
});

export const LAYOUTS: Readonly<Record<LayoutId, LayoutDef>> = {
  fcose: {
    id: "fcose",
    label: "Force-directed (fCoSE)",
    options: (ctx) =>
      ({
        name: "fcose",
        ...common(ctx),
        // Draft (the spectral pass alone) piles large views into a blob; fewer force iterations instead.
        quality: "default",
        numIter: ctx.elementCount > 1000 ? 600 : 2500,
        randomize: !ctx.incremental,
        nodeRepulsion: 8000,
        idealEdgeLength: 70,
        edgeElasticity: 0.3,
        nodeSeparation: 90,
        gravity: 0.2,
        packComponents: true,
      }) as LayoutOptions,
  },
  concentric: {
    id: "concentric",
    label: "Concentric (by evidence)",
    options: (ctx) => ({
      name: "concentric",
      ...common(ctx),
      minNodeSpacing: 20,
      concentric: (node) => (node.id() === ctx.focus ? 1e9 : Number(node.data("visibleEvidence") ?? 0)),
      levelWidth: () => 4,
    }),
  },
  circle: {
    id: "circle",
    label: "Circle",
    options: (ctx) => ({
      name: "circle",
      ...common(ctx),
      sort: (a, b) => (a.data("affiliation") < b.data("affiliation") ? -1 : 1),
    }),
  },
  breadthfirst: {
    id: "breadthfirst",
    label: "Tree (breadth-first from focus)",
    options: (ctx) => ({
      name: "breadthfirst",
      ...common(ctx),
      directed: false,
      spacingFactor: 1.1,
      ...(ctx.focus ? { roots: `[id = "${ctx.focus.replace(/"/g, '\\"')}"]` } : {}),
    }),
  },
};

export const LAYOUT_LIST: readonly LayoutDef[] = LAYOUT_IDS.map((id) => LAYOUTS[id]);
