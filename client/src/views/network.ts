/**
 * The default explorer: the derived elements drawn with Cytoscape. Reconciles Cytoscape
 * with deriveElements() after every state change; reader gestures become actions.
 */
import type { Core, EdgeSingular, ElementDefinition, NodeSingular } from "cytoscape";
import { ApiError } from "../api.js";
import { createCytoscape, LARGE_VIEW, pngOf, zoomAboutCentre } from "../graph/cytoscape.js";
import type { Dataset } from "../graph/dataset.js";
import { type Derived, deriveElements } from "../graph/elements.js";
import { LAYOUTS } from "../graph/layouts.js";
import { graphToSvg } from "../graph/svg-export.js";
import type { AppState } from "../state.js";
import { el, fill } from "../ui/dom.js";
import type { ViewContext, ViewInstance, ViewModule } from "./types.js";

/** Whether to draw with WebGL on large views; measured in bench/render.ts. */
export const USE_WEBGL_ABOVE = Number.POSITIVE_INFINITY;
const MAX_FIT_ZOOM = 1.3;
const LIST_LIMIT = 200;

function nodeIds(cy: Core): string {
  return cy
    .nodes()
    .map((n) => n.id())
    .sort()
    .join("\n");
}

function mount(ctx: ViewContext): ViewInstance {
  const canvas = el("div", { class: "cy", role: "img", "aria-label": "Relations graph" });
  const banner = el("div", { class: "view-banner", role: "status", "aria-live": "polite" });
  const emptyState = el("div", { class: "empty-state", hidden: true });
  const status = el("div", { class: "view-status", "aria-live": "polite" });
  const loading = el("div", { class: "loading", hidden: true }, "Loading…");
  const listBody = el("ul", { class: "element-list-body" });
  const list = el("details", { class: "element-list" }, el("summary", {}, "Relations as a list"), listBody);
  ctx.container.append(canvas, banner, emptyState, status, loading, list);

  let cy = createCytoscape({ container: canvas, large: false, webgl: false });
  let large = false;
  let webgl = false;
  let derived: Derived | null = null;
  let dataset: Dataset | null = null;
  let lastLayoutKey = "";
  let ticket = 0;
  let lastState: AppState | null = null;
  let lastVersion = -1;

  function bindEvents(core: Core): void {
    core.on("tap", "node", (e) =>
      ctx.dispatch({ type: "select", selection: { kind: "node", id: e.target.id() } }),
    );
    core.on("tap", "edge", (e) =>
      ctx.dispatch({ type: "select", selection: { kind: "edge", id: e.target.id() } }),
    );
    core.on("tap", (e) => {
      if (e.target === core) ctx.dispatch({ type: "select", selection: null });
    });
    core.on("dbltap", "node", (e) => ctx.dispatch({ type: "expand", id: e.target.id() }));
    core.on("mouseover", "edge", (e) => e.target.addClass("hover"));
    core.on("mouseout", "edge", (e) => e.target.removeClass("hover"));
  }
  bindEvents(cy);

  /** Large views get a Cytoscape built for them; its options are fixed at creation. */
  function ensureMode(count: number): void {
    const wantLarge = count > LARGE_VIEW;
    const wantWebgl = count > USE_WEBGL_ABOVE;
    if (wantLarge === large && wantWebgl === webgl) return;
    const positions = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }] as const));
    const zoom = cy.zoom();
    const pan = cy.pan();
    cy.destroy();
    large = wantLarge;
    webgl = wantWebgl;
    cy = createCytoscape({ container: canvas, large, webgl });
    bindEvents(cy);
    cy.add((derivedDefinitions() ?? []).map((d) => ({ ...d, position: positions.get(d.data.id as string) })));
    cy.viewport({ zoom, pan });
  }

  function derivedDefinitions(): ElementDefinition[] | null {
    return derived ? ([...derived.nodes, ...derived.edges] as ElementDefinition[]) : null;
  }

  function reconcile(next: Derived): { added: string[] } {
    const want = new Set<string>();
    for (const n of next.nodes) want.add(n.data.id);
    for (const e of next.edges) want.add(e.data.id);
    const added: string[] = [];
    cy.batch(() => {
      cy.elements()
        .filter((x) => !want.has(x.id()))
        .remove();
      const fresh: ElementDefinition[] = [];
      for (const item of [...next.nodes, ...next.edges]) {
        const existing = cy.getElementById(item.data.id);
        if (existing.nonempty()) {
          existing.data(item.data);
          existing.classes(item.classes);
        } else {
          fresh.push(item as ElementDefinition);
          if (item.group === "nodes") added.push(item.data.id);
        }
      }
      cy.add(fresh);
      cy.nodes().forEach((n) => {
        if (n.hasClass("pinned")) n.lock();
        else n.unlock();
      });
    });
    return { added };
  }

  /** New nodes start beside a neighbour already placed, so incremental layouts stay calm. */
  function seedPositions(added: string[]): void {
    for (const id of added) {
      const node = cy.getElementById(id) as NodeSingular;
      const anchor = node.neighborhood("node").filter((n) => !added.includes(n.id()))[0] as
        | NodeSingular
        | undefined;
      if (anchor) {
        const p = anchor.position();
        node.position({ x: p.x + (Math.random() - 0.5) * 80, y: p.y + (Math.random() - 0.5) * 80 });
      }
    }
  }

  function runLayout(state: AppState, incremental: boolean): void {
    const count = cy.elements().length;
    if (!cy.nodes().length) return;
    const options = LAYOUTS[state.layout].options({ elementCount: count, focus: state.focus, incremental });
    const layout = cy.elements().not(cy.nodes(":locked")).layout(options);
    // Fitting a handful of nodes would blow them up; keep small views at a readable scale.
    layout.one("layoutstop", () => {
      if (cy.zoom() > MAX_FIT_ZOOM) {
        cy.zoom(MAX_FIT_ZOOM);
        cy.center();
      }
    });
    layout.run();
  }

  function renderChrome(state: AppState, next: Derived): void {
    const narrow = next.suggestedMinEvidence;
    banner.replaceChildren(
      ...next.warnings.map((w) => el("p", { class: "warning" }, `⚠ ${w}`)),
      ...(narrow
        ? [
            el(
              "button",
              {
                type: "button",
                class: "narrow",
                onclick: () => ctx.dispatch({ type: "setMinEvidence", value: narrow }),
              },
              `Show all relations with ≥ ${narrow} evidence`,
            ),
          ]
        : []),
    );
    banner.hidden = next.warnings.length === 0;
    emptyState.hidden = next.empty === null;
    if (next.empty === "no-data") {
      emptyState.replaceChildren(
        el("h2", {}, "No relations yet"),
        el(
          "p",
          {},
          state.focus
            ? `Nothing is known about “${state.focus}” in this view.`
            : "The database is empty. Add an article (button “Add article”) or load the seed corpus with npm run seed.",
        ),
      );
    } else if (next.empty === "filtered") {
      emptyState.replaceChildren(
        el("h2", {}, "Nothing matches the filters"),
        el("p", {}, "Tick more relation types, widen the dates or lower the minimum evidence."),
      );
    }
    renderList(next);
    const shown = `${next.nodes.length} actors · ${next.edges.length} relations`;
    canvas.setAttribute(
      "aria-label",
      `Relations graph: ${shown}. The list below the graph reads it without a mouse.`,
    );
    status.textContent =
      state.level === "country" ? shown.replace("actors", "countries and organisations") : shown;
  }

  /** The drawing as a keyboard- and screen-reader-friendly list: each relation opens its evidence. */
  function renderList(next: Derived): void {
    if (!list.open) {
      listBody.replaceChildren();
      return;
    }
    const names = new Map(next.nodes.map((n) => [n.data.id, n.data.label]));
    const rows = [...next.edges]
      .sort((a, b) => b.data.evidenceCount - a.data.evidenceCount)
      .slice(0, LIST_LIMIT);
    fill(
      listBody,
      rows.map((e) =>
        el(
          "li",
          {},
          el(
            "button",
            {
              type: "button",
              class: "link",
              onclick: () => ctx.dispatch({ type: "select", selection: { kind: "edge", id: e.data.id } }),
            },
            `${names.get(e.data.source) ?? e.data.source} ${e.data.label} ${names.get(e.data.target) ?? e.data.target}`,
          ),
          ` (${e.data.evidenceCount})`,
        ),
      ),
      next.edges.length > LIST_LIMIT
        ? el("li", { class: "hint" }, `… ${next.edges.length - LIST_LIMIT} more`)
        : null,
    );
  }
  list.addEventListener("toggle", () => {
    if (derived) renderList(derived);
  });

  async function update(state: AppState): Promise<void> {
    const my = ++ticket;
    const previous = lastState;
    lastState = state;
    loading.hidden = false;
    try {
      dataset = await ctx.graphs.dataset(state);
    } catch (error) {
      if (my !== ticket) return;
      loading.hidden = true;
      const message = error instanceof ApiError ? error.message : String(error);
      ctx.notify(`Could not load the graph: ${message}`, "error");
      return;
    }
    if (my !== ticket) return;
    loading.hidden = true;
    const next = deriveElements(dataset, state);
    ensureMode(next.nodes.length + next.edges.length);
    const before = nodeIds(cy);
    derived = next;
    const { added } = reconcile(next);
    renderChrome(state, next);

    const layoutKey = `${state.layout}|${state.level}|${state.focus}`;
    const versionChanged = ctx.graphs.version !== lastVersion;
    lastVersion = ctx.graphs.version;
    const nodesChanged = before !== nodeIds(cy);
    if (layoutKey !== lastLayoutKey || !previous) {
      lastLayoutKey = layoutKey;
      runLayout(state, false);
    } else if (nodesChanged || versionChanged) {
      seedPositions(added);
      runLayout(state, added.length < cy.nodes().length);
    }
    const sel = state.selected;
    cy.elements(":selected").unselect();
    if (sel) cy.getElementById(sel.id).select();
  }

  return {
    update: (state) => void update(state),
    fit: () => {
      cy.fit(undefined, 40);
      if (cy.zoom() > MAX_FIT_ZOOM) {
        cy.zoom(MAX_FIT_ZOOM);
        cy.center();
      }
    },
    locate: (id) => {
      const ele = cy.getElementById(id);
      if (ele.empty()) return null;
      const p = ele.isEdge()
        ? (ele as EdgeSingular).renderedMidpoint()
        : (ele as NodeSingular).renderedPosition();
      const box = canvas.getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    },
    zoom: (factor) => zoomAboutCentre(cy, factor),
    exports: {
      png: () => pngOf(cy),
      svg: async () => {
        const nodes = cy.nodes().map((n) => ({
          id: n.id(),
          label: String(n.data("label")),
          kind: n.data("kind"),
          size: Number(n.data("size")),
          ...n.position(),
        }));
        const edges = cy.edges().map((e) => ({
          source: e.data("source"),
          target: e.data("target"),
          type: e.data("type"),
          width: Number(e.data("width")),
        }));
        return new Blob([graphToSvg(nodes, edges)], { type: "image/svg+xml" });
      },
      json: () => ({
        state: lastState,
        elements: derived ? { nodes: derived.nodes, edges: derived.edges } : null,
        positions: Object.fromEntries(cy.nodes().map((n) => [n.id(), n.position()])),
        warnings: derived?.warnings ?? [],
      }),
    },
    unmount() {
      ticket++;
      cy.destroy();
      ctx.container.replaceChildren();
    },
  };
}

export const networkView: ViewModule = {
  id: "network",
  label: "Network",
  description: "Actors and their typed relations; click to read the evidence, double-click to expand.",
  networkControls: true,
  mount,
};
