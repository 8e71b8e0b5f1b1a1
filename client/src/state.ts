/**
 * The explorer's state and its pure transitions. Everything the page shows is derived
 * from an AppState plus the fetched data; nothing else is kept.
 */
import type { Level } from "../../server/src/contracts/graph.js";
import {
  type Polarity,
  RELATION_TYPES,
  type RelationType,
  relationTypesOf,
} from "../../server/src/domain/relations.js";
import { DEFAULT_LAYOUT, type LayoutId } from "./graph/layout-ids.js";

/** Level labels; the Record type makes the compiler check every contract level is here. */
export const LEVEL_LABELS: Readonly<Record<Level, string>> = { actor: "Actors", country: "Countries" };
export const LEVELS = Object.keys(LEVEL_LABELS) as Level[];

export function isLevel(value: unknown): value is Level {
  return typeof value === "string" && Object.hasOwn(LEVEL_LABELS, value);
}

export interface Filters {
  /** Relation types drawn; the rest are filtered out. */
  types: RelationType[];
  /** Inclusive YYYY-MM-DD bounds, or null for open. */
  from: string | null;
  to: string | null;
  minEvidence: number;
  minConfidence: number;
}

export type Selection = { kind: "node" | "edge"; id: string } | null;

export interface AppState {
  /** Id of the view in the views registry. */
  view: string;
  level: Level;
  /** Actor (or country code) the view is centred on; null is the whole graph. */
  focus: string | null;
  depth: number;
  /** Nodes whose neighbours were added to the view. */
  expanded: string[];
  hidden: string[];
  pinned: string[];
  filters: Filters;
  layout: LayoutId;
  path: { from: string; to: string } | null;
  selected: Selection;
  /** Article open in the reader. */
  article: string | null;
  /** Parameters other views keep in the URL (`v.<key>`). */
  viewParams: Record<string, string>;
}

export const DEFAULT_FILTERS: Filters = {
  types: [...RELATION_TYPES],
  from: null,
  to: null,
  minEvidence: 1,
  minConfidence: 0,
};

export const DEFAULT_STATE: AppState = {
  view: "network",
  level: "country",
  focus: null,
  depth: 1,
  expanded: [],
  hidden: [],
  pinned: [],
  filters: DEFAULT_FILTERS,
  layout: DEFAULT_LAYOUT,
  path: null,
  selected: null,
  article: null,
  viewParams: {},
};

export type Action =
  | { type: "setView"; view: string }
  | { type: "setLevel"; level: Level }
  | { type: "focus"; id: string | null; level?: Level }
  | { type: "setDepth"; depth: number }
  | { type: "expand"; id: string }
  | { type: "hide"; id: string }
  | { type: "showAll" }
  | { type: "togglePin"; id: string }
  | { type: "toggleType"; relation: RelationType }
  | { type: "setGroup"; polarity: Polarity; on: boolean }
  | { type: "setDates"; from: string | null; to: string | null }
  | { type: "setMinEvidence"; value: number }
  | { type: "setMinConfidence"; value: number }
  | { type: "setLayout"; layout: LayoutId }
  | { type: "findPath"; from: string; to: string }
  | { type: "clearPath" }
  | { type: "select"; selection: Selection }
  | { type: "openArticle"; id: string | null }
  | { type: "setViewParam"; key: string; value: string | null }
  | { type: "replace"; state: AppState }
  | { type: "reset" };

const add = (list: string[], id: string) => (list.includes(id) ? list : [...list, id]);
const remove = (list: string[], id: string) => list.filter((x) => x !== id);
const clamp = (value: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, value));

/** Keeps the canonical order of RELATION_TYPES so equal filters encode equally. */
function orderTypes(types: Iterable<RelationType>): RelationType[] {
  const set = new Set(types);
  return RELATION_TYPES.filter((t) => set.has(t));
}

function withFilters(state: AppState, patch: Partial<Filters>): AppState {
  return { ...state, filters: { ...state.filters, ...patch } };
}

export function reduce(state: AppState, action: Action): AppState {
  switch (action.type) {
    case "setView":
      return { ...state, view: action.view };
    case "setLevel":
      if (action.level === state.level) return state;
      // Ids differ between levels (actor slugs vs codes): what pointed at nodes is dropped.
      return {
        ...state,
        level: action.level,
        focus: null,
        expanded: [],
        hidden: [],
        pinned: [],
        path: null,
        selected: null,
      };
    case "focus":
      return {
        ...state,
        level: action.level ?? state.level,
        focus: action.id,
        expanded: [],
        hidden: action.id ? remove(state.hidden, action.id) : state.hidden,
        path: null,
        selected: action.id ? { kind: "node", id: action.id } : null,
      };
    case "setDepth":
      return { ...state, depth: clamp(Math.round(action.depth), 1, 3) };
    case "expand":
      return { ...state, expanded: add(state.expanded, action.id), hidden: remove(state.hidden, action.id) };
    case "hide":
      return {
        ...state,
        hidden: add(state.hidden, action.id),
        pinned: remove(state.pinned, action.id),
        selected: state.selected?.id === action.id ? null : state.selected,
      };
    case "showAll":
      return { ...state, hidden: [] };
    case "togglePin":
      return {
        ...state,
        pinned: state.pinned.includes(action.id)
          ? remove(state.pinned, action.id)
          : add(state.pinned, action.id),
      };
    case "toggleType": {
      const on = state.filters.types.includes(action.relation);
      const types = on
        ? state.filters.types.filter((t) => t !== action.relation)
        : orderTypes([...state.filters.types, action.relation]);
      return withFilters(state, { types });
    }
    case "setGroup": {
      const group = relationTypesOf(action.polarity);
      const types = action.on
        ? orderTypes([...state.filters.types, ...group])
        : state.filters.types.filter((t) => !group.includes(t));
      return withFilters(state, { types });
    }
    case "setDates": {
      let { from, to } = action;
      if (from && to && from > to) [from, to] = [to, from];
      return withFilters(state, { from, to });
    }
    case "setMinEvidence":
      return withFilters(state, { minEvidence: clamp(Math.round(action.value) || 1, 1, 1000) });
    case "setMinConfidence":
      return withFilters(state, { minConfidence: clamp(action.value, 0, 1) });
    case "setLayout":
      return { ...state, layout: action.layout };
    case "findPath":
      return action.from && action.to && action.from !== action.to
        ? { ...state, path: { from: action.from, to: action.to } }
        : state;
    case "clearPath":
      return { ...state, path: null };
    case "select":
      return { ...state, selected: action.selection };
    case "openArticle":
      return { ...state, article: action.id };
    case "setViewParam": {
      const viewParams = { ...state.viewParams };
      if (action.value === null || action.value === "") delete viewParams[action.key];
      else viewParams[action.key] = action.value;
      return { ...state, viewParams };
    }
    case "replace":
      return action.state;
    case "reset":
      return { ...DEFAULT_STATE, view: state.view, level: state.level };
  }
}

/** Actions that only move the reader's eye are not worth an undo step. */
const NOT_UNDOABLE: ReadonlySet<Action["type"]> = new Set(["select", "openArticle", "replace"]);

export interface History {
  past: AppState[];
  present: AppState;
}

export const HISTORY_LIMIT = 50;

export function historyOf(state: AppState): History {
  return { past: [], present: state };
}

export function record(history: History, action: Action): History {
  const next = reduce(history.present, action);
  // Structural equality: an action that changes nothing leaves no undo step behind.
  if (next === history.present || JSON.stringify(next) === JSON.stringify(history.present)) return history;
  if (NOT_UNDOABLE.has(action.type)) return { ...history, present: next };
  return { past: [...history.past, history.present].slice(-HISTORY_LIMIT), present: next };
}

export function undo(history: History): History {
  const previous = history.past.at(-1);
  if (!previous) return history;
  return { past: history.past.slice(0, -1), present: previous };
}
