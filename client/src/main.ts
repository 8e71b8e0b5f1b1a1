/**
 * The app shell: one store (history of AppStates), the URL kept in step with it, the
 * side panels, and the current view from the registry. Side effects live here only.
 */
import "./styles.css";
import { createApiClient } from "./api.js";
import { createGraphCache } from "./graph/cache.js";
import { timelineFallbackRequest, timelineRequest } from "./graph/dataset.js";
import { evidenceHistogram, type MonthlyTimeline, timelineHistogram } from "./graph/elements.js";
import { isLayoutId } from "./graph/layout-ids.js";
import { LAYOUT_LIST } from "./graph/layouts.js";
import {
  type Action,
  type AppState,
  type History,
  historyOf,
  LEVEL_LABELS,
  LEVELS,
  record,
  undo,
} from "./state.js";
import { createAddArticle } from "./ui/add-article.js";
import { createDetails } from "./ui/details.js";
import { download, el } from "./ui/dom.js";
import { createFilters } from "./ui/filters.js";
import { createDateFilter } from "./ui/histogram.js";
import { createLegend } from "./ui/legend.js";
import { createCombobox } from "./ui/search.js";
import { decodeState, encodeState } from "./url.js";
import { VIEWS, type ViewInstance, type ViewModule, viewById } from "./views/index.js";

const api = createApiClient();
const graphs = createGraphCache(api);
let history: History = historyOf(decodeState(location.search));
const state = (): AppState => history.present;

function dispatch(action: Action): void {
  const next = record(history, action);
  if (next === history) return;
  history = next;
  commit();
}

function doUndo(): void {
  const next = undo(history);
  if (next === history) return;
  history = next;
  commit();
}

// ── toasts ────────────────────────────────────────────────────────────────────
const toasts = el("div", { class: "toasts", role: "status", "aria-live": "polite" });
function notify(message: string, kind: "info" | "error" = "info"): void {
  const toast = el("div", { class: `toast ${kind}` }, message);
  toasts.append(toast);
  setTimeout(() => toast.remove(), kind === "error" ? 8000 : 4000);
}

// ── header ────────────────────────────────────────────────────────────────────
const search = createCombobox({
  id: "actor-search",
  label: "Search actors",
  placeholder: "Search an actor…",
  api,
  hiddenLabel: true,
  onPick: (hit) => {
    dispatch({ type: "focus", id: hit.id, level: "actor" });
    search.clear();
  },
});

const levelRadios = LEVELS.map((level) =>
  el("input", {
    type: "radio",
    name: "level",
    id: `level-${level}`,
    value: level,
    onchange: () => dispatch({ type: "setLevel", level }),
  }),
);
const levelSwitch = el(
  "fieldset",
  { class: "segmented", "aria-label": "Level" },
  el("legend", { class: "sr-only" }, "Level"),
  levelRadios.map((radio, i) => el("label", { for: radio.id }, radio, LEVEL_LABELS[LEVELS[i] ?? "actor"])),
);

const viewTabs = el(
  "nav",
  { class: "view-tabs", "aria-label": "Views", hidden: VIEWS.length < 2 },
  VIEWS.map((v) =>
    el(
      "button",
      {
        type: "button",
        "data-view": v.id,
        title: v.description,
        onclick: () => dispatch({ type: "setView", view: v.id }),
      },
      v.label,
    ),
  ),
);

const undoBtn = el(
  "button",
  { type: "button", id: "undo", title: "Undo (Ctrl+Z)", "aria-label": "Undo", onclick: doUndo },
  "↶",
);
const shareBtn = el(
  "button",
  {
    type: "button",
    id: "share",
    onclick: async () => {
      try {
        await navigator.clipboard.writeText(location.href);
        notify("Link copied: it restores this exact view.");
      } catch {
        notify(`Copy this link: ${location.href}`);
      }
    },
  },
  "Share",
);

let view: { module: ViewModule; instance: ViewInstance } | null = null;
const exportTo = async (kind: "png" | "svg" | "json") => {
  if (!view) return;
  const stamp = new Date().toISOString().slice(0, 10);
  const name = `diplograph-${view.module.id}-${stamp}.${kind}`;
  exportMenu.open = false;
  try {
    if (kind === "json") {
      download(
        new Blob([JSON.stringify(view.instance.exports.json(), null, 2)], { type: "application/json" }),
        name,
      );
    } else {
      const make = view.instance.exports[kind];
      if (make) download(await make(), name);
    }
  } catch (error) {
    notify(`Export failed: ${(error as Error).message}`, "error");
  }
};
const exportMenu = el(
  "details",
  { class: "export menu" },
  el("summary", { id: "export-toggle" }, "Export"),
  el(
    "div",
    { class: "menu-items", role: "group", "aria-label": "Export the current view" },
    el("button", { type: "button", id: "export-png", onclick: () => void exportTo("png") }, "PNG image"),
    el("button", { type: "button", id: "export-svg", onclick: () => void exportTo("svg") }, "SVG drawing"),
    el(
      "button",
      { type: "button", id: "export-json", onclick: () => void exportTo("json") },
      "JSON (view + data)",
    ),
  ),
);

const addArticle = createAddArticle({
  api,
  notify,
  onSaved: (firstActorId) => {
    graphs.invalidate();
    if (firstActorId) dispatch({ type: "focus", id: firstActorId, level: "actor" });
    else commit();
  },
});
const addBtn = el(
  "button",
  { type: "button", id: "add-article", class: "primary", onclick: () => addArticle.open() },
  "+ Add article",
);

const header = el(
  "header",
  { class: "topbar" },
  el("h1", { class: "brand" }, el("span", { class: "logo", "aria-hidden": "true" }, "◈"), "diplograph"),
  search.root,
  levelSwitch,
  viewTabs,
  el("div", { class: "spacer" }),
  undoBtn,
  shareBtn,
  exportMenu,
  addBtn,
);

// ── left panel ───────────────────────────────────────────────────────────────
const layoutSelect = el(
  "select",
  {
    id: "layout",
    onchange: (e: Event) => {
      const value = (e.target as HTMLSelectElement).value;
      if (isLayoutId(value)) dispatch({ type: "setLayout", layout: value });
    },
  },
  LAYOUT_LIST.map((l) => el("option", { value: l.id }, l.label)),
);
const depthSelect = el(
  "select",
  {
    id: "depth",
    onchange: (e: Event) =>
      dispatch({ type: "setDepth", depth: Number((e.target as HTMLSelectElement).value) }),
  },
  [1, 2, 3].map((d) => el("option", { value: d }, `${d} step${d > 1 ? "s" : ""}`)),
);
const focusInfo = el("p", { class: "focus-info" });
const pathFrom = createCombobox({
  id: "path-from",
  label: "From",
  placeholder: "First actor",
  api,
  onPick: () => {},
});
const pathTo = createCombobox({
  id: "path-to",
  label: "To",
  placeholder: "Second actor",
  api,
  onPick: () => {},
});
const findPathBtn = el(
  "button",
  {
    type: "button",
    id: "find-path",
    onclick: () => {
      const from = pathFrom.picked?.id;
      const to = pathTo.picked?.id;
      if (!from || !to) {
        notify("Pick two actors from the suggestions first.", "error");
        return;
      }
      if (state().level !== "actor") dispatch({ type: "setLevel", level: "actor" });
      dispatch({ type: "findPath", from, to });
    },
  },
  "Find path",
);
const clearPathBtn = el(
  "button",
  { type: "button", class: "link", onclick: () => dispatch({ type: "clearPath" }) },
  "Clear path",
);
const viewPanel = el(
  "section",
  { class: "panel", "aria-labelledby": "view-title" },
  el("h2", { id: "view-title" }, "View"),
  focusInfo,
  el(
    "div",
    { class: "grid2" },
    el("div", {}, el("label", { for: "layout", class: "field-label" }, "Layout"), layoutSelect),
    el("div", {}, el("label", { for: "depth", class: "field-label" }, "Neighbourhood"), depthSelect),
  ),
);
const pathPanel = el(
  "section",
  { class: "panel path", "aria-labelledby": "path-title" },
  el("h2", { id: "path-title" }, "Path between two actors"),
  pathFrom.root,
  pathTo.root,
  el("div", { class: "button-row" }, findPathBtn, clearPathBtn),
);
const filters = createFilters(dispatch);
const dates = createDateFilter(dispatch);
const sidebar = el(
  "aside",
  { class: "sidebar", "aria-label": "Explore and filter" },
  viewPanel,
  filters.root,
  dates.root,
  pathPanel,
  createLegend(),
);

// ── main area ────────────────────────────────────────────────────────────────
const viewContainer = el("div", { class: "view", id: "view" });
const hiddenBtn = el("button", {
  type: "button",
  id: "show-hidden",
  onclick: () => dispatch({ type: "showAll" }),
});
const wholeBtn = el(
  "button",
  { type: "button", id: "whole-graph", onclick: () => dispatch({ type: "focus", id: null }) },
  "Whole graph",
);
const controls = el(
  "div",
  { class: "canvas-controls", role: "toolbar", "aria-label": "Zoom" },
  el("button", { type: "button", "aria-label": "Zoom in", onclick: () => view?.instance.zoom?.(1.25) }, "+"),
  el("button", { type: "button", "aria-label": "Zoom out", onclick: () => view?.instance.zoom?.(0.8) }, "−"),
  el("button", { type: "button", id: "fit", onclick: () => view?.instance.fit?.() }, "Fit"),
  wholeBtn,
  hiddenBtn,
);
const details = createDetails({ api, graphs, dispatch });
details.onPathEnd((end, id, label) => {
  const box = end === "from" ? pathFrom : pathTo;
  box.picked = { id, name: label, kind: "", affiliation: "", aliases: [] };
  box.input.value = label;
  const other = end === "from" ? pathTo : pathFrom;
  if (other.picked)
    dispatch({ type: "findPath", from: pathFrom.picked?.id ?? "", to: pathTo.picked?.id ?? "" });
  else other.input.focus();
});
const main = el("main", { class: "stage" }, viewContainer, controls);

document.body.append(
  el("div", { class: "app" }, header, el("div", { class: "workspace" }, sidebar, main, details.root)),
  addArticle.root,
  toasts,
);

// ── rendering ────────────────────────────────────────────────────────────────
function mountView(module: ViewModule): void {
  view?.instance.unmount();
  viewContainer.replaceChildren();
  const instance = module.mount({ container: viewContainer, api, graphs, getState: state, dispatch, notify });
  view = { module, instance };
  (instance.canvasPane ?? main).append(controls);
  viewPanel.hidden = !module.networkControls;
  pathPanel.hidden = !module.networkControls;
  for (const id of ["png", "svg"] as const) {
    const btn = document.getElementById(`export-${id}`) as HTMLButtonElement | null;
    if (btn) btn.disabled = !instance.exports[id];
  }
}

let histogramKey = "";
function refreshHistogram(s: AppState): void {
  const key = `${timelineRequest(s)}|${s.filters.types.join(",")}|${graphs.version}`;
  if (key === histogramKey) return;
  histogramKey = key;
  api
    .get<MonthlyTimeline>(timelineRequest(s))
    .then((timeline) => timelineHistogram(timeline, s.filters.types))
    .catch(() =>
      graphs
        .get(timelineFallbackRequest(s))
        .then((g) =>
          evidenceHistogram(g.edges.map((e) => e.data).filter((e) => s.filters.types.includes(e.type))),
        ),
    )
    .then((bins) => {
      if (histogramKey === key) dates.setBins(bins);
    })
    .catch(() => dates.setBins([]));
}

function render(): void {
  const s = state();
  const module = viewById(s.view);
  if (view?.module !== module) mountView(module);
  for (const radio of levelRadios) radio.checked = radio.value === s.level;
  for (const tab of viewTabs.querySelectorAll("button"))
    tab.setAttribute("aria-current", String(tab.dataset.view === module.id));
  layoutSelect.value = s.layout;
  depthSelect.value = String(s.depth);
  depthSelect.disabled = !s.focus;
  focusInfo.textContent = s.focus
    ? `Centred on ${s.focus}.`
    : "The whole graph. Search an actor to centre on it.";
  if (s.focus) {
    const focus = s.focus;
    graphs
      .dataset(s)
      .then((d) => {
        const label = d.nodes.get(focus)?.label;
        if (label && state().focus === focus) {
          focusInfo.textContent = `Centred on ${label}, ${s.depth} step${s.depth > 1 ? "s" : ""} out.`;
        }
      })
      .catch(() => {});
  }
  undoBtn.disabled = history.past.length === 0;
  hiddenBtn.hidden = s.hidden.length === 0;
  hiddenBtn.textContent = `Show ${s.hidden.length} hidden`;
  wholeBtn.hidden = !s.focus;
  clearPathBtn.hidden = !s.path;
  filters.sync(s);
  dates.sync(s);
  details.sync(s);
  refreshHistogram(s);
  view?.instance.update(s);
}

function commit(): void {
  const search = encodeState(state());
  if (search !== location.search) replaceUrl(search);
  render();
}

function replaceUrl(search: string): void {
  window.history.replaceState(null, "", `${location.pathname}${search}${location.hash}`);
}

graphs.onInvalidate(() => {
  histogramKey = "";
});

document.addEventListener("keydown", (e) => {
  const target = e.target as HTMLElement;
  const typing = target.closest("input, textarea, select, [contenteditable]");
  if ((e.ctrlKey || e.metaKey) && e.key === "z" && !typing) {
    e.preventDefault();
    doUndo();
  } else if (e.key === "/" && !typing) {
    e.preventDefault();
    search.input.focus();
  }
});
window.addEventListener("popstate", () => dispatch({ type: "replace", state: decodeState(location.search) }));

/** A read-only handle for tests and the console: what is drawn, and where. */
Object.assign(window, {
  diplograph: {
    state,
    drawn: () => view?.instance.exports.json(),
    locate: (id: string) => view?.instance.locate?.(id) ?? null,
    idle: () => document.querySelector(".loading")?.hasAttribute("hidden") ?? true,
  },
});

render();
