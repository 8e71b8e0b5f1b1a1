/** The Cytoscape stylesheet, derived from the domain tables: colours, line styles, shapes. */
import type { StylesheetJson } from "cytoscape";
import { ACTOR_KINDS, type ActorKind } from "../../../server/src/domain/actors.js";
import {
  LINE_STYLE_BY_POLARITY,
  POLARITIES,
  RELATION_TYPES,
  RELATIONS,
} from "../../../server/src/domain/relations.js";

export interface KindStyle {
  label: string;
  shape: string;
  color: string;
}

export const KIND_STYLE: Readonly<Record<ActorKind, KindStyle>> = {
  state: { label: "state", shape: "ellipse", color: "#2f4b7c" },
  person: { label: "person", shape: "triangle", color: "#665191" },
  government_body: { label: "government body", shape: "round-rectangle", color: "#3d6b8f" },
  armed_force: { label: "armed force", shape: "diamond", color: "#5c5c3d" },
  igo: { label: "international organisation", shape: "hexagon", color: "#a05195" },
  group: { label: "non-state group", shape: "pentagon", color: "#8a4f2a" },
  ngo: { label: "NGO", shape: "octagon", color: "#4f7f6f" },
  media: { label: "media", shape: "tag", color: "#707070" },
};

/** Below this zoom labels are not drawn: they cost the most on large views. */
export const LABEL_MIN_ZOOMED_FONT_SIZE = { small: 5, large: 8 } as const;

/** `large`: a view big enough that labels are dropped sooner while zoomed out. */
export function stylesheet(large = false): StylesheetJson {
  return [
    {
      selector: "node",
      style: {
        width: "data(size)",
        height: "data(size)",
        label: "data(label)",
        "font-size": 14,
        "text-wrap": "wrap",
        "text-max-width": "110px",
        "font-family": "system-ui, -apple-system, Segoe UI, Roboto, sans-serif",
        color: "#1d2733",
        "text-valign": "bottom",
        "text-margin-y": 3,
        "text-outline-color": "#ffffff",
        "text-outline-width": 2,
        "min-zoomed-font-size": LABEL_MIN_ZOOMED_FONT_SIZE[large ? "large" : "small"],
        "border-width": 1.5,
        "border-color": "#ffffff",
      },
    },
    ...ACTOR_KINDS.map((kind) => ({
      selector: `node[kind = "${kind}"]`,
      style: { shape: KIND_STYLE[kind].shape, "background-color": KIND_STYLE[kind].color },
    })),
    {
      selector: "edge",
      style: {
        width: "data(width)",
        "curve-style": "bezier",
        "target-arrow-shape": "triangle",
        "arrow-scale": 0.8,
        opacity: 0.85,
        "font-size": 9,
        color: "#334",
        "text-rotation": "autorotate",
        "text-outline-color": "#ffffff",
        "text-outline-width": 2,
        "min-zoomed-font-size": 9,
      },
    },
    ...POLARITIES.map((p) => ({
      selector: `edge[polarity = "${p}"]`,
      style: {
        "line-style": LINE_STYLE_BY_POLARITY[p],
        ...(p === "conflictual" ? { "line-dash-pattern": [2, 3] } : {}),
      },
    })),
    ...RELATION_TYPES.map((t) => ({
      selector: `edge[type = "${t}"]`,
      style: {
        "line-color": RELATIONS[t].color,
        "target-arrow-color": RELATIONS[t].color,
        ...(RELATIONS[t].symmetric ? { "target-arrow-shape": "none" } : {}),
      },
    })),
    { selector: "node.focus", style: { "border-width": 4, "border-color": "#f2b705" } },
    {
      selector: "node.pinned",
      style: { "border-style": "double", "border-width": 5, "border-color": "#1d2733" },
    },
    {
      selector: "node.expanded",
      style: { "underlay-color": "#9ab", "underlay-opacity": 0.25, "underlay-padding": 5 },
    },
    { selector: "node.on-path", style: { "border-width": 4, "border-color": "#0077ff" } },
    {
      selector: "edge.on-path",
      style: { width: 5, opacity: 1, "underlay-color": "#0077ff", "underlay-opacity": 0.3 },
    },
    {
      selector: "edge.selected, edge:selected",
      style: {
        label: "data(label)",
        opacity: 1,
        "underlay-color": "#f2b705",
        "underlay-opacity": 0.5,
        "underlay-padding": 4,
      },
    },
    {
      selector: "node.selected, node:selected",
      style: { "overlay-color": "#f2b705", "overlay-opacity": 0.25, "overlay-padding": 6 },
    },
    { selector: "edge.hover", style: { label: "data(label)", opacity: 1 } },
    { selector: ".faded", style: { opacity: 0.15, "text-opacity": 0.2 } },
  ] as StylesheetJson;
}
