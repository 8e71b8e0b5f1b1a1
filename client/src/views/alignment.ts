/**
 * Alignment: actors coloured by bloc, aligned pairs solid green, hostile pairs dashed red,
 * beside an actor × actor heat map of the pair scores. Data: /api/analytics/alignment for
 * the current window, level and relation types.
 */
import type { LayoutOptions } from "cytoscape";
import type { AlignmentResponse } from "../../../server/src/contracts/analytics.js";
import { ApiError } from "../api.js";
import { createCytoscape, pngOf, zoomAboutCentre } from "../graph/cytoscape.js";
import type { AppState } from "../state.js";
import { el, fill } from "../ui/dom.js";
import {
  alignmentElements,
  alignmentStylesheet,
  alignmentUrl,
  blocColor,
  heatMapSvg,
  heatMatrix,
  signedLayout,
} from "./alignment-model.js";
import type { ViewContext, ViewInstance, ViewModule } from "./types.js";

const CSS = `
.an-split { position: absolute; inset: 0; display: flex; }
.an-graph { position: relative; flex: 3; min-width: 0; }
.an-side { flex: 2; min-width: 260px; max-width: 520px; overflow: auto; border-left: 1px solid var(--line);
  background: #fff; padding: 10px 12px; font-size: 13px; }
.an-side h3 { margin: 4px 0 6px; font-size: 13px; }
.an-side .an-heat svg { max-width: 100%; height: auto; }
.an-blocs { list-style: none; padding: 0; margin: 0 0 8px; }
.an-blocs li { margin: 2px 0; }
.an-dot { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 6px; vertical-align: middle; }
.an-legend { color: var(--muted); margin: 6px 0; }
.an-legend b.pos { color: #1a9850; } .an-legend b.neg { color: #d73027; }
`;

export function injectCss(id: string, css: string): void {
  if (document.querySelector(`style[data-view-css="${id}"]`)) return;
  document.head.append(el("style", { "data-view-css": id }, css));
}

export function errorMessage(error: unknown): string {
  return error instanceof ApiError ? error.message : String(error);
}

function mount(ctx: ViewContext): ViewInstance {
  injectCss("alignment", CSS);
  const canvas = el("div", {
    class: "cy",
    role: "img",
    "aria-label": "Alignment graph: actors coloured by bloc",
  });
  const status = el("div", { class: "view-status", "aria-live": "polite" });
  const loading = el("div", { class: "loading", hidden: true }, "Loading…");
  const emptyState = el("div", { class: "empty-state", hidden: true });
  const summary = el("div", {});
  const heat = el("div", { class: "an-heat" });
  const side = el(
    "aside",
    { class: "an-side", "aria-label": "Blocs and alignment heat map" },
    summary,
    el("h3", {}, "Pair scores (heat map)"),
    heat,
  );
  const pane = el("div", { class: "an-graph" }, canvas, emptyState, status, loading);
  ctx.container.append(el("div", { class: "an-split" }, pane, side));

  const cy = createCytoscape({ container: canvas, large: false, webgl: false });
  cy.style(alignmentStylesheet());
  cy.on("tap", "node", (e) => {
    const node = e.target;
    cy.elements().addClass("faded");
    node.closedNeighborhood().removeClass("faded");
  });
  cy.on("tap", (e) => {
    if (e.target === cy) cy.elements().removeClass("faded");
  });

  let response: AlignmentResponse | null = null;
  let lastUrl = "";
  let ticket = 0;

  function render(data: AlignmentResponse): void {
    const { nodes, edges } = alignmentElements(data);
    cy.elements().remove();
    cy.add([...nodes, ...edges]);
    cy.layout(signedLayout() as unknown as LayoutOptions).run();
    emptyState.hidden = nodes.length > 0;
    fill(
      emptyState,
      el("h2", {}, "No evidence in this window"),
      el("p", {}, "Widen the dates or tick more relation types."),
    );
    const share = data.balance.balancedShare;
    status.textContent =
      `${data.actors.length} ${data.level === "country" ? "countries and organisations" : "actors"} · ` +
      `${data.blocs.length} blocs · balance ${share === null ? "n/a" : `${Math.round(share * 100)}%`} of ` +
      `${data.balance.triangles} triangles · frustration ${Math.round(data.frustration.share * 100)}%`;
    fill(
      summary,
      el("h3", {}, "Blocs"),
      el(
        "ul",
        { class: "an-blocs" },
        data.blocs.slice(0, 12).map((b) =>
          el(
            "li",
            {},
            el("span", { class: "an-dot", style: `background:${blocColor(b.bloc)}` }),
            `${b.members
              .slice(0, 8)
              .map((id) => data.actors.find((a) => a.id === id)?.label ?? id)
              .join(", ")}${b.members.length > 8 ? ` +${b.members.length - 8}` : ""}`,
          ),
        ),
      ),
      el(
        "p",
        { class: "an-legend" },
        el("b", { class: "pos" }, "── aligned"),
        "  ",
        el("b", { class: "neg" }, "- - hostile"),
        ` · score = tanh(Σ Goldstein / 10); ${data.frustration.negativeInside} hostile pairs inside blocs, ` +
          `${data.frustration.positiveAcross} aligned pairs across.`,
      ),
    );
    heat.innerHTML = heatMapSvg(heatMatrix(data));
  }

  async function update(state: AppState): Promise<void> {
    const url = alignmentUrl(state);
    if (url === lastUrl) return;
    lastUrl = url;
    const my = ++ticket;
    loading.hidden = false;
    try {
      const data = await ctx.api.get<AlignmentResponse>(url);
      if (my !== ticket) return;
      response = data;
      render(data);
    } catch (error) {
      if (my === ticket) ctx.notify(`Could not compute the alignment: ${errorMessage(error)}`, "error");
    } finally {
      if (my === ticket) loading.hidden = true;
    }
  }

  return {
    update: (state) => void update(state),
    fit: () => cy.fit(undefined, 40),
    zoom: (factor) => zoomAboutCentre(cy, factor),
    canvasPane: pane,
    exports: {
      png: () => pngOf(cy),
      svg: async () =>
        new Blob(
          [response ? heatMapSvg(heatMatrix(response)) : "<svg xmlns='http://www.w3.org/2000/svg'/>"],
          {
            type: "image/svg+xml",
          },
        ),
      json: () => response,
    },
    unmount() {
      ticket++;
      cy.destroy();
      ctx.container.replaceChildren();
    },
  };
}

export const alignmentView: ViewModule = {
  id: "alignment",
  label: "Alignment",
  description:
    "Blocs from signed ties (aligned solid, hostile dashed) and an actor × actor heat map of pair scores.",
  mount,
};
