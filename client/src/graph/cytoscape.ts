/** One place that configures Cytoscape: extensions, renderer and performance options. */
import cytoscape, { type Core } from "cytoscape";
import fcose from "cytoscape-fcose";
import { stylesheet } from "./style.js";

let registered = false;
function register(): void {
  if (registered) return;
  cytoscape.use(fcose);
  // Its warnings (e.g. "invalid endpoints" while two nodes briefly overlap) are for developers, not readers.
  cytoscape.warnings(false);
  registered = true;
}

/** Above this many elements the view switches to its cheaper drawing mode. */
export const LARGE_VIEW = 800;

export interface CytoscapeSetup {
  container: HTMLElement | null;
  /** Cheaper drawing while panning and zooming: edges hidden, a texture moved instead. */
  large: boolean;
  /** Cytoscape ≥ 3.31's WebGL renderer (see docs/benchmarks.md for when it pays). */
  webgl: boolean;
  headless?: boolean;
}

export function createCytoscape(setup: CytoscapeSetup): Core {
  register();
  return cytoscape({
    container: setup.container,
    headless: setup.headless ?? false,
    style: stylesheet(setup.large),
    elements: [],
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    selectionType: "single",
    hideEdgesOnViewport: setup.large,
    textureOnViewport: setup.large && !setup.webgl,
    motionBlur: false,
    pixelRatio: setup.large ? 1 : "auto",
    ...(setup.webgl ? { renderer: { name: "canvas", webgl: true } } : {}),
  } as cytoscape.CytoscapeOptions);
}

export type { Core };

/** Zooms about the centre of the canvas by a factor (>1 zooms in): the zoom toolbar's buttons. */
export function zoomAboutCentre(cy: Core, factor: number): void {
  cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

/** The whole drawing as a PNG at twice the screen's scale, on white: every view's PNG export. */
export function pngOf(cy: Core): Promise<Blob> {
  return cy.png({ output: "blob-promise", full: true, scale: 2, bg: "#ffffff" });
}
