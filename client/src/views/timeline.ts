/**
 * Timeline: the signed network of the current date window above a chart of evidence per
 * bucket (stacked by polarity), with a play button that steps the window bucket by bucket
 * so the network evolves. The window is the app's date filter, so a link restores it;
 * bucket and span are kept as v.bucket and v.span. Scope: the focused actor, else all.
 */
import type { LayoutOptions } from "cytoscape";
import type { AlignmentResponse, TimelineResponse } from "../../../server/src/contracts/analytics.js";
import { createCytoscape, pngOf, zoomAboutCentre } from "../graph/cytoscape.js";
import type { AppState } from "../state.js";
import { el, fill } from "../ui/dom.js";
import { errorMessage, injectCss } from "./alignment.js";
import { alignmentElements, alignmentStylesheet, alignmentUrl, signedLayout } from "./alignment-model.js";
import {
  BUCKET_CHOICES,
  bucketOf,
  chartBars,
  nextWindow,
  SPAN_CHOICES,
  spanOf,
  timelineUrl,
  windowAt,
  windowIndex,
} from "./timeline-model.js";
import type { ViewContext, ViewInstance, ViewModule } from "./types.js";

/** A window with a handful of nodes is not zoomed in past this. */
const MAX_FIT_ZOOM = 1.5;
const CSS = `
.tl-wrap { position: absolute; inset: 0; display: flex; flex-direction: column; }
.tl-graph { position: relative; flex: 1; min-height: 200px; }
.tl-bottom { border-top: 1px solid var(--line); background: #fff; padding: 6px 10px 8px; }
.tl-controls select { width: auto; }
.tl-controls { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; font-size: 13px; margin-bottom: 4px; }
.tl-controls .tl-window { color: var(--muted); margin-left: auto; }
.tl-chart svg { width: 100%; height: 150px; display: block; }
.tl-chart rect.hit { fill: transparent; cursor: pointer; }
.tl-chart rect.hit:hover { fill: rgba(31,95,168,0.08); }
`;

const POLARITY_FILL = { cooperative: "#1a9850", neutral: "#9aa5b1", conflictual: "#d73027" } as const;
const CHART_W = 1000;
const CHART_H = 120;
const STEP_MS = 1400;

function mount(ctx: ViewContext): ViewInstance {
  injectCss("timeline", CSS);
  const canvas = el("div", { class: "cy", role: "img", "aria-label": "Signed network of the date window" });
  const status = el("div", { class: "view-status", "aria-live": "polite" });
  const loading = el("div", { class: "loading", hidden: true }, "Loading…");
  const bucketSelect = el(
    "select",
    {
      "aria-label": "Bucket",
      onchange: () => ctx.dispatch({ type: "setViewParam", key: "bucket", value: bucketSelect.value }),
    },
    BUCKET_CHOICES.map((b) => el("option", { value: b }, `per ${b}`)),
  );
  const spanSelect = el(
    "select",
    {
      "aria-label": "Window span in buckets",
      onchange: () => ctx.dispatch({ type: "setViewParam", key: "span", value: spanSelect.value }),
    },
    SPAN_CHOICES.map((n) => el("option", { value: String(n) }, `window: ${n} bucket${n > 1 ? "s" : ""}`)),
  );
  const playButton = el(
    "button",
    { type: "button", "aria-pressed": "false", onclick: () => togglePlay() },
    "▶ Play",
  );
  const windowLabel = el("span", { class: "tl-window", "aria-live": "polite" });
  const chart = el("div", { class: "tl-chart" });
  const pane = el("div", { class: "tl-graph" }, canvas, status, loading);
  ctx.container.append(
    el(
      "div",
      { class: "tl-wrap" },
      pane,
      el(
        "div",
        { class: "tl-bottom" },
        el(
          "div",
          { class: "tl-controls" },
          el("button", { type: "button", "aria-label": "Previous window", onclick: () => step(-1) }, "◀"),
          playButton,
          el("button", { type: "button", "aria-label": "Next window", onclick: () => step(1) }, "▶|"),
          bucketSelect,
          spanSelect,
          el(
            "button",
            { type: "button", onclick: () => ctx.dispatch({ type: "setDates", from: null, to: null }) },
            "All dates",
          ),
          windowLabel,
        ),
        chart,
      ),
    ),
  );

  const cy = createCytoscape({ container: canvas, large: false, webgl: false });
  cy.style(alignmentStylesheet());

  let timeline: TimelineResponse | null = null;
  let network: AlignmentResponse | null = null;
  let lastTimelineUrl = "";
  let lastNetworkUrl = "";
  let ticket = 0;
  let timer: ReturnType<typeof setInterval> | null = null;

  function stop(): void {
    if (timer !== null) clearInterval(timer);
    timer = null;
    playButton.textContent = "▶ Play";
    playButton.setAttribute("aria-pressed", "false");
  }

  function advance(): boolean {
    const state = ctx.getState();
    const next = nextWindow(timeline?.buckets ?? [], state.filters.from, spanOf(state.viewParams));
    if (!next) return false;
    ctx.dispatch({ type: "setDates", from: next.from, to: next.to });
    return true;
  }

  function togglePlay(): void {
    if (timer !== null) {
      stop();
      return;
    }
    if (!advance()) {
      // At the end (or nothing to play): start over from the first window.
      const first = windowAt(timeline?.buckets ?? [], 0, spanOf(ctx.getState().viewParams));
      if (!first) return;
      ctx.dispatch({ type: "setDates", from: first.from, to: first.to });
    }
    playButton.textContent = "❚❚ Pause";
    playButton.setAttribute("aria-pressed", "true");
    timer = setInterval(() => {
      if (!advance()) stop();
    }, STEP_MS);
  }

  function step(delta: number): void {
    stop();
    const state = ctx.getState();
    const buckets = timeline?.buckets ?? [];
    const at = windowIndex(buckets, state.filters.from);
    const w = windowAt(buckets, Math.max(0, at + delta), spanOf(state.viewParams));
    if (w) ctx.dispatch({ type: "setDates", from: w.from, to: w.to });
  }

  function renderChart(state: AppState): void {
    const buckets = timeline?.buckets ?? [];
    const bars = chartBars(buckets, CHART_W, CHART_H);
    const from = state.filters.from;
    const to = state.filters.to;
    const ns = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", `0 0 ${CHART_W} ${CHART_H + 16}`);
    svg.setAttribute("preserveAspectRatio", "none");
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", "Evidence per bucket by polarity");
    const rect = (attrs: Record<string, string | number>, title?: string) => {
      const r = document.createElementNS(ns, "rect");
      for (const [k, v] of Object.entries(attrs)) r.setAttribute(k, String(v));
      if (title) {
        const t = document.createElementNS(ns, "title");
        t.textContent = title;
        r.append(t);
      }
      svg.append(r);
      return r;
    };
    const inWindow = bars.filter((b) => (from === null || b.end >= from) && (to === null || b.start <= to));
    if ((from !== null || to !== null) && inWindow.length > 0) {
      const first = inWindow[0];
      const last = inWindow[inWindow.length - 1];
      if (first && last)
        rect({ x: first.x, y: 0, width: last.x + last.width - first.x, height: CHART_H, fill: "#e6eef8" });
    }
    for (const bar of bars) {
      for (const s of bar.segments)
        if (s.height > 0)
          rect({ x: bar.x, y: s.y, width: bar.width, height: s.height, fill: POLARITY_FILL[s.polarity] });
      const hit = rect(
        { x: bar.x, y: 0, width: bar.width, height: CHART_H, class: "hit" },
        `${bar.start} … ${bar.end}: ${bar.total} statements`,
      );
      hit.addEventListener("click", () => {
        stop();
        const w = windowAt(buckets, bar.index, spanOf(ctx.getState().viewParams));
        if (w) ctx.dispatch({ type: "setDates", from: w.from, to: w.to });
      });
    }
    const label = (x: number, text: string, anchor: string) => {
      const t = document.createElementNS(ns, "text");
      t.setAttribute("x", String(x));
      t.setAttribute("y", String(CHART_H + 13));
      t.setAttribute("font-size", "11");
      t.setAttribute("fill", "#5b6777");
      t.setAttribute("text-anchor", anchor);
      t.textContent = text;
      svg.append(t);
    };
    if (bars.length > 0) {
      label(0, bars[0]?.start ?? "", "start");
      label(CHART_W, bars[bars.length - 1]?.end ?? "", "end");
    }
    fill(chart, svg as unknown as Node);
    windowLabel.textContent =
      from === null && to === null ? "window: all dates" : `window: ${from ?? "…"} → ${to ?? "…"}`;
  }

  async function update(state: AppState): Promise<void> {
    const my = ++ticket;
    const bucket = bucketOf(state.viewParams);
    bucketSelect.value = bucket;
    spanSelect.value = String(spanOf(state.viewParams));
    try {
      const tUrl = timelineUrl(state, bucket);
      if (tUrl !== lastTimelineUrl) {
        loading.hidden = false;
        const fetched = await ctx.api.get<TimelineResponse>(tUrl);
        if (my !== ticket) return;
        timeline = fetched;
        lastTimelineUrl = tUrl;
      }
      renderChart(state);
      const nUrl = alignmentUrl(state);
      if (nUrl !== lastNetworkUrl) {
        loading.hidden = false;
        const fetched = await ctx.api.get<AlignmentResponse>(nUrl);
        if (my !== ticket) return;
        network = fetched;
        lastNetworkUrl = nUrl;
        const { nodes, edges } = alignmentElements(fetched);
        const positions = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }] as const));
        cy.elements().remove();
        cy.add([...nodes, ...edges].map((e) => ({ ...e, position: positions.get(e.data.id) })));
        const fresh = nodes.some((n) => !positions.has(n.data.id));
        if (fresh || positions.size === 0)
          cy.layout({ ...signedLayout(), randomize: positions.size === 0 } as unknown as LayoutOptions).run();
        // The window's nodes, wherever earlier windows left them, in view and not blown up.
        cy.fit(undefined, 40);
        if (cy.zoom() > MAX_FIT_ZOOM) {
          cy.zoom(MAX_FIT_ZOOM);
          cy.center();
        }
        const scope = timeline?.scope.kind === "actor" ? ` around ${timeline.scope.actor.label}` : "";
        status.textContent = `${fetched.actors.length} nodes · ${fetched.pairs.length} signed pairs${scope} · ${timeline?.total ?? 0} statements in all`;
      }
    } catch (error) {
      if (my === ticket) ctx.notify(`Could not load the timeline: ${errorMessage(error)}`, "error");
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
      svg: async () => {
        const svg = chart.querySelector("svg");
        return new Blob([svg ? new XMLSerializer().serializeToString(svg) : ""], { type: "image/svg+xml" });
      },
      json: () => ({ timeline, network }),
    },
    unmount() {
      stop();
      ticket++;
      cy.destroy();
      ctx.container.replaceChildren();
    },
  };
}

export const timelineView: ViewModule = {
  id: "timeline",
  label: "Timeline",
  description: "Evidence per day, week or month by polarity, and a play button that steps the date window.",
  params: ["bucket", "span"],
  mount,
};
