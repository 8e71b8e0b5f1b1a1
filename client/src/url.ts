/**
 * AppState ⇄ query string. Only what differs from the defaults is written, so a link is
 * short, and decoding a link gives back exactly the state that wrote it.
 */
import { RELATION_TYPES } from "../../server/src/domain/relations.js";
import { isLayoutId } from "./graph/layout-ids.js";
import { type AppState, DEFAULT_STATE, isLevel } from "./state.js";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const VIEW_PARAM_PREFIX = "v.";

const list = (value: string | null) => (value ? value.split(",").filter(Boolean) : []);

export function encodeState(state: AppState): string {
  const q = new URLSearchParams();
  const d = DEFAULT_STATE;
  if (state.view !== d.view) q.set("view", state.view);
  if (state.level !== d.level) q.set("level", state.level);
  if (state.focus) q.set("focus", state.focus);
  if (state.depth !== d.depth) q.set("depth", String(state.depth));
  if (state.expanded.length) q.set("expand", state.expanded.join(","));
  if (state.hidden.length) q.set("hide", state.hidden.join(","));
  if (state.pinned.length) q.set("pin", state.pinned.join(","));
  const off = RELATION_TYPES.filter((t) => !state.filters.types.includes(t));
  if (off.length) q.set("off", off.join(","));
  if (state.filters.from) q.set("from", state.filters.from);
  if (state.filters.to) q.set("to", state.filters.to);
  if (state.filters.minEvidence !== d.filters.minEvidence)
    q.set("minEvidence", String(state.filters.minEvidence));
  if (state.filters.minConfidence !== d.filters.minConfidence)
    q.set("minConfidence", String(state.filters.minConfidence));
  if (state.layout !== d.layout) q.set("layout", state.layout);
  if (state.path) q.set("path", `${state.path.from},${state.path.to}`);
  if (state.selected) q.set("sel", `${state.selected.kind === "node" ? "n" : "e"}:${state.selected.id}`);
  if (state.article) q.set("article", state.article);
  for (const key of Object.keys(state.viewParams).sort()) {
    q.set(`${VIEW_PARAM_PREFIX}${key}`, state.viewParams[key] ?? "");
  }
  const s = q.toString();
  return s ? `?${s}` : "";
}

/** Reads a query string; anything malformed falls back to its default instead of failing. */
export function decodeState(search: string): AppState {
  const q = new URLSearchParams(search);
  const d = DEFAULT_STATE;
  const level = q.get("level");
  const off = new Set(list(q.get("off")));
  const num = (key: string, fallback: number) => {
    const raw = q.get(key);
    const n = raw === null ? Number.NaN : Number(raw);
    return Number.isFinite(n) ? n : fallback;
  };
  const date = (key: string) => {
    const raw = q.get(key);
    return raw && DATE.test(raw) ? raw : null;
  };
  const layout = q.get("layout") ?? "";
  const [pathFrom, pathTo] = list(q.get("path"));
  const sel = q.get("sel");
  const selMatch = sel ? /^([ne]):(.+)$/.exec(sel) : null;
  const viewParams: Record<string, string> = {};
  for (const [key, value] of q) {
    if (key.startsWith(VIEW_PARAM_PREFIX)) viewParams[key.slice(VIEW_PARAM_PREFIX.length)] = value;
  }
  return {
    view: q.get("view") || d.view,
    level: isLevel(level) ? level : d.level,
    focus: q.get("focus") || null,
    depth: Math.min(3, Math.max(1, Math.round(num("depth", d.depth)))),
    expanded: list(q.get("expand")),
    hidden: list(q.get("hide")),
    pinned: list(q.get("pin")),
    filters: {
      types: RELATION_TYPES.filter((t) => !off.has(t)),
      from: date("from"),
      to: date("to"),
      minEvidence: Math.max(1, Math.round(num("minEvidence", d.filters.minEvidence))),
      minConfidence: Math.min(1, Math.max(0, num("minConfidence", d.filters.minConfidence))),
    },
    layout: isLayoutId(layout) ? layout : d.layout,
    path: pathFrom && pathTo ? { from: pathFrom, to: pathTo } : null,
    selected:
      selMatch?.[1] && selMatch[2] ? { kind: selMatch[1] === "n" ? "node" : "edge", id: selMatch[2] } : null,
    article: q.get("article") || null,
    viewParams,
  };
}
