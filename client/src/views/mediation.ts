/**
 * Mediation: pick a dyad (or one of the suggested conflictual dyads), see the two parties
 * apart and the third parties that reach both, ranked, with the evidence for each side.
 * Data: /api/analytics/dyads and /api/analytics/mediation; the dyad and the selected
 * mediator are kept in the URL (v.a, v.b, v.m).
 */
import type { DyadsResponse, MediationResponse } from "../../../server/src/contracts/analytics.js";
import { RELATIONS } from "../../../server/src/domain/relations.js";
import { createCytoscape, pngOf, zoomAboutCentre } from "../graph/cytoscape.js";
import type { AppState } from "../state.js";
import { el, fill } from "../ui/dom.js";
import { errorMessage, injectCss } from "./alignment.js";
import { chosenDyad, dyadsUrl, mediationElements, mediationUrl } from "./mediation-model.js";
import type { ViewContext, ViewInstance, ViewModule } from "./types.js";

const CSS = `
.md-split { position: absolute; inset: 0; display: flex; }
.md-graph { position: relative; flex: 3; min-width: 0; }
.md-side { flex: 2; min-width: 280px; max-width: 520px; overflow: auto; border-left: 1px solid var(--line);
  background: #fff; padding: 10px 12px; font-size: 13px; }
.md-side h3 { margin: 8px 0 6px; font-size: 13px; }
.md-pick { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; }
.md-pick input { width: 110px; }
.md-dyads { list-style: none; padding: 0; margin: 0; }
.md-dyads button { width: 100%; text-align: left; background: none; border: 1px solid transparent; border-radius: 6px;
  padding: 3px 6px; cursor: pointer; }
.md-dyads button:hover, .md-dyads button[aria-current="true"] { border-color: var(--line); background: var(--accent-soft); }
.md-ev { margin: 4px 0 10px; padding-left: 0; list-style: none; }
.md-ev li { margin: 0 0 6px; }
.md-ev blockquote { margin: 2px 0; padding-left: 8px; border-left: 3px solid var(--line); }
.md-meta { color: var(--muted); font-size: 12px; }
`;

function mount(ctx: ViewContext): ViewInstance {
  injectCss("mediation", CSS);
  const canvas = el("div", {
    class: "cy",
    role: "img",
    "aria-label": "Mediation graph: two parties and their mediators",
  });
  const status = el("div", { class: "view-status", "aria-live": "polite" });
  const loading = el("div", { class: "loading", hidden: true }, "Loading…");
  const emptyState = el("div", { class: "empty-state", hidden: true });
  const inputA = el("input", { type: "text", "aria-label": "First party", placeholder: "ARM" });
  const inputB = el("input", { type: "text", "aria-label": "Second party", placeholder: "AZE" });
  const pick = el(
    "form",
    {
      class: "md-pick",
      onsubmit: (e: Event) => {
        e.preventDefault();
        setDyad(inputA.value.trim(), inputB.value.trim());
      },
    },
    inputA,
    "vs",
    inputB,
    el("button", { type: "submit" }, "Show"),
  );
  const suggestions = el("ul", { class: "md-dyads", "aria-label": "Suggested conflictual dyads" });
  const evidence = el("div", { "aria-live": "polite" });
  const pane = el("div", { class: "md-graph" }, canvas, emptyState, status, loading);
  ctx.container.append(
    el(
      "div",
      { class: "md-split" },
      pane,
      el(
        "aside",
        { class: "md-side", "aria-label": "Dyad and mediator evidence" },
        el("h3", {}, "Dyad"),
        pick,
        el("h3", {}, "Most conflictual dyads"),
        suggestions,
        evidence,
      ),
    ),
  );

  const cy = createCytoscape({ container: canvas, large: false, webgl: false });
  cy.style([
    {
      selector: "node",
      style: {
        width: "data(size)",
        height: "data(size)",
        label: "data(label)",
        "font-size": 13,
        "text-valign": "bottom",
        "text-margin-y": 3,
        "text-outline-color": "#fff",
        "text-outline-width": 2,
        "background-color": "#4aa3a2",
      },
    },
    {
      selector: "node.party",
      style: { "background-color": "#d73027", "font-size": 16, "font-weight": "bold" },
    },
    { selector: "node:selected", style: { "border-width": 4, "border-color": "#1d2733" } },
    { selector: "edge", style: { width: "data(width)", "curve-style": "bezier", opacity: 0.8 } },
    {
      selector: "edge.tie",
      style: { "line-color": "#2e8b57", "target-arrow-shape": "triangle", "target-arrow-color": "#2e8b57" },
    },
    {
      selector: "edge.conflict",
      style: {
        "line-color": "#d73027",
        "line-style": "dashed",
        label: "data(label)",
        "font-size": 12,
        color: "#d73027",
        "text-background-color": "#fff",
        "text-background-opacity": 1,
        "text-background-padding": "2px",
      },
    },
  ]);
  cy.on("tap", "node.mediator", (e) =>
    ctx.dispatch({ type: "setViewParam", key: "m", value: e.target.id() }),
  );

  let dyads: DyadsResponse | null = null;
  let response: MediationResponse | null = null;
  let lastDyadsUrl = "";
  let lastUrl = "";
  let ticket = 0;

  function setDyad(a: string, b: string): void {
    if (!a || !b) return;
    ctx.dispatch({ type: "setViewParam", key: "m", value: null });
    ctx.dispatch({ type: "setViewParam", key: "a", value: a });
    ctx.dispatch({ type: "setViewParam", key: "b", value: b });
  }

  function renderSuggestions(current: { a: string; b: string } | null): void {
    fill(
      suggestions,
      (dyads?.dyads ?? []).map((d) =>
        el(
          "li",
          {},
          el(
            "button",
            {
              type: "button",
              "aria-current": String(current?.a === d.a.id && current?.b === d.b.id),
              onclick: () => setDyad(d.a.id, d.b.id),
            },
            `${d.a.label} – ${d.b.label}`,
            el("span", { class: "md-meta" }, ` · conflict ${d.conflictWeight}`),
          ),
        ),
      ),
      dyads && dyads.dyads.length === 0
        ? el("li", { class: "md-meta" }, "No conflictual dyad in this window.")
        : null,
    );
  }

  function renderEvidence(state: AppState): void {
    const selected = response?.mediators.find((m) => m.id === state.viewParams.m) ?? response?.mediators[0];
    if (!response || !selected) {
      fill(evidence);
      return;
    }
    const side = (label: string, items: MediationResponse["mediators"][number]["evidence"]["a"]) => [
      el("h3", {}, `${selected.label} → ${label}`),
      el(
        "ul",
        { class: "md-ev" },
        items.map((e) =>
          el(
            "li",
            {},
            el("span", { class: "md-meta" }, `${RELATIONS[e.type].label} · ${e.source} → ${e.target}`),
            el("blockquote", {}, e.sentence),
            el("span", { class: "md-meta" }, `${e.articleTitle ?? e.articleId} · ${e.publishedAt}`),
          ),
        ),
      ),
    ];
    fill(
      evidence,
      el(
        "p",
        { class: "md-meta" },
        `score ${selected.score} = engagement ${selected.engagement} × impartiality ${selected.impartiality} ` +
          `(alignment ${selected.alignmentA} with ${response.dyad.a.label}, ${selected.alignmentB} with ${response.dyad.b.label})`,
      ),
      side(response.dyad.a.label, selected.evidence.a),
      side(response.dyad.b.label, selected.evidence.b),
    );
    cy.nodes(":selected").unselect();
    cy.getElementById(selected.id).select();
  }

  async function update(state: AppState): Promise<void> {
    const my = ++ticket;
    try {
      const dUrl = dyadsUrl(state);
      if (dUrl !== lastDyadsUrl) {
        loading.hidden = false;
        const fetched = await ctx.api.get<DyadsResponse>(dUrl);
        if (my !== ticket) return;
        dyads = fetched;
        lastDyadsUrl = dUrl;
      }
      const dyad = chosenDyad(state.viewParams, dyads);
      renderSuggestions(dyad);
      inputA.value = dyad?.a ?? "";
      inputB.value = dyad?.b ?? "";
      if (!dyad) {
        cy.elements().remove();
        response = null;
        lastUrl = "";
        emptyState.hidden = false;
        fill(
          emptyState,
          el("h2", {}, "No conflictual dyad"),
          el("p", {}, "Widen the dates, or name two parties."),
        );
        renderEvidence(state);
        return;
      }
      const url = mediationUrl(state, dyad.a, dyad.b);
      if (url !== lastUrl) {
        loading.hidden = false;
        const fetched = await ctx.api.get<MediationResponse>(url);
        if (my !== ticket) return;
        response = fetched;
        lastUrl = url;
        cy.elements().remove();
        cy.add(mediationElements(fetched));
        cy.layout({ name: "preset", fit: true, padding: 60 }).run();
        emptyState.hidden = fetched.mediators.length > 0;
        fill(
          emptyState,
          el("h2", {}, "No mediator reaches both sides"),
          el("p", {}, "No third party has mediating ties to both parties in this window."),
        );
        status.textContent = `${fetched.dyad.a.label} – ${fetched.dyad.b.label}: ${fetched.mediators.length} mediators · conflict weight ${fetched.dyad.conflictWeight}`;
      }
      renderEvidence(state);
    } catch (error) {
      if (my === ticket) ctx.notify(`Could not rank mediators: ${errorMessage(error)}`, "error");
    } finally {
      if (my === ticket) loading.hidden = true;
    }
  }

  return {
    update: (state) => void update(state),
    fit: () => cy.fit(undefined, 60),
    zoom: (factor) => zoomAboutCentre(cy, factor),
    canvasPane: pane,
    exports: {
      png: () => pngOf(cy),
      json: () => ({ dyads, mediation: response }),
    },
    unmount() {
      ticket++;
      cy.destroy();
      ctx.container.replaceChildren();
    },
  };
}

export const mediationView: ViewModule = {
  id: "mediation",
  label: "Mediation",
  description: "A conflictual dyad with its two parties apart and the third parties that reach both, ranked.",
  params: ["a", "b", "m"],
  mount,
};
