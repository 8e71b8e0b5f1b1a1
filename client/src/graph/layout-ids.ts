/** Layout ids, kept apart from the registry so the pure state does not import Cytoscape. */
export const LAYOUT_IDS = ["fcose", "concentric", "circle", "breadthfirst"] as const;
export type LayoutId = (typeof LAYOUT_IDS)[number];
export const DEFAULT_LAYOUT: LayoutId = "fcose";

export function isLayoutId(value: string): value is LayoutId {
  return (LAYOUT_IDS as readonly string[]).includes(value);
}
