/**
 * The contract between the app shell and a view. A view draws the shared state into the
 * container it is given; it changes things only by dispatching actions, so undo, the URL
 * and the other panels keep up.
 */
import type { ApiClient } from "../api.js";
import type { GraphCache } from "../graph/cache.js";
import type { Action, AppState } from "../state.js";

export interface ViewContext {
  /** The element the view owns while mounted (it fills the main area). */
  container: HTMLElement;
  api: ApiClient;
  /** Graph answers shared by all views; invalidated when an article is saved. */
  graphs: GraphCache;
  getState(): AppState;
  dispatch(action: Action): void;
  /** Shows a short message to the reader (errors, confirmations). */
  notify(message: string, kind?: "info" | "error"): void;
}

export interface ViewExport {
  png?(): Promise<Blob>;
  svg?(): Promise<Blob>;
  /** The data the view currently shows, as plain JSON. */
  json(): unknown;
}

export interface ViewInstance {
  /** Called after every state change while mounted (and once right after mount). */
  update(state: AppState): void;
  /** What the export buttons save; absent parts disable their button. */
  exports: ViewExport;
  /** Fit the drawing to the container (after a resize or on request). */
  fit?(): void;
  /** Where an element is drawn, in page (client) coordinates: node centre or edge midpoint. */
  locate?(id: string): { x: number; y: number } | null;
  /** Zoom about the centre by a factor (>1 zooms in). */
  zoom?(factor: number): void;
  /** The drawing's pane, where the shell puts its zoom toolbar (bottom right); default: the whole view. */
  canvasPane?: HTMLElement;
  unmount(): void;
}

export interface ViewModule {
  /** Stable id, written in the URL as `view=<id>`. */
  id: string;
  label: string;
  /** One sentence for the view switcher's tooltip. */
  description: string;
  /** Keys this view keeps in AppState.viewParams (written as `v.<key>` in the URL). */
  params?: readonly string[];
  /** The sidebar's layout, neighbourhood and path panels apply to this view (hidden otherwise). */
  networkControls?: boolean;
  mount(ctx: ViewContext): ViewInstance;
}
