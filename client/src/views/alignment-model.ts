/**
 * Pure shaping of /api/analytics/alignment for drawing: Cytoscape elements coloured by
 * bloc (positive ties solid, negative dashed) and the actor × actor heat-map matrix.
 * Shared by the Alignment and Timeline views.
 */
import type { StylesheetJson } from "cytoscape";
import type { AlignmentResponse } from "../../../server/src/contracts/analytics.js";
import { RELATION_TYPES } from "../../../server/src/domain/relations.js";
import { queryString } from "../api.js";
import type { AppState } from "../state.js";

/** Colour-blind-safe qualitative palette (Okabe–Ito, then Tol); blocs past it are grey. */
export const BLOC_COLORS = [
  "#0072B2",
  "#E69F00",
  "#009E73",
  "#CC79A7",
  "#56B4E9",
  "#D55E00",
  "#F0E442",
  "#332288",
  "#88CCEE",
  "#AA4499",
] as const;

export function blocColor(bloc: number): string {
  return BLOC_COLORS[bloc] ?? "#9aa5b1";
}

export const POSITIVE = "#1a9850";
export const NEGATIVE = "#d73027";

/** The query string the analytics endpoints share: window, level and, when narrowed, types. */
export function analyticsQuery(
  state: AppState,
  extra: Record<string, string | number | undefined | null> = {},
): string {
  const { from, to, types } = state.filters;
  return queryString({
    from,
    to,
    level: state.level,
    types: types.length === RELATION_TYPES.length || types.length === 0 ? undefined : types.join(","),
    ...extra,
  });
}

export function alignmentUrl(state: AppState, window?: { from: string | null; to: string | null }): string {
  const s = window ? { ...state, filters: { ...state.filters, ...window } } : state;
  return `/api/analytics/alignment${analyticsQuery(s, { limit: 2000 })}`;
}

export interface AlignmentNode {
  group: "nodes";
  data: { id: string; label: string; bloc: number; color: string; size: number; evidence: number };
}

export interface AlignmentEdge {
  group: "edges";
  data: { id: string; source: string; target: string; score: number; width: number; sign: "pos" | "neg" };
  classes: string;
}

/** Nodes sized by evidence, edges for every pair with |score| ≥ minAbsScore. */
export function alignmentElements(
  response: AlignmentResponse,
  minAbsScore = 0.05,
): { nodes: AlignmentNode[]; edges: AlignmentEdge[] } {
  const max = Math.max(1, ...response.actors.map((a) => a.evidenceCount));
  const nodes: AlignmentNode[] = response.actors.map((a) => ({
    group: "nodes",
    data: {
      id: a.id,
      label: a.label,
      bloc: a.bloc,
      color: blocColor(a.bloc),
      size: Math.round(18 + 34 * Math.sqrt(a.evidenceCount / max)),
      evidence: a.evidenceCount,
    },
  }));
  const known = new Set(nodes.map((n) => n.data.id));
  const edges: AlignmentEdge[] = response.pairs
    .filter((p) => Math.abs(p.score) >= minAbsScore && known.has(p.a) && known.has(p.b))
    .map((p) => {
      const sign = p.score > 0 ? "pos" : "neg";
      return {
        group: "edges",
        data: {
          id: `${p.a}~${p.b}`,
          source: p.a,
          target: p.b,
          score: p.score,
          width: Math.round((1 + 7 * Math.abs(p.score)) * 10) / 10,
          sign,
        },
        classes: sign,
      };
    });
  return { nodes, edges };
}

export function alignmentStylesheet(): StylesheetJson {
  return [
    {
      selector: "node",
      style: {
        width: "data(size)",
        height: "data(size)",
        label: "data(label)",
        "background-color": "data(color)",
        "font-size": 11,
        color: "#1d2733",
        "text-valign": "bottom",
        "text-margin-y": 3,
        "text-outline-color": "#ffffff",
        "text-outline-width": 2,
        "border-width": 1.5,
        "border-color": "#ffffff",
      },
    },
    {
      selector: "edge",
      style: { width: "data(width)", "curve-style": "bezier", opacity: 0.75 },
    },
    { selector: "edge.pos", style: { "line-color": POSITIVE, "line-style": "solid" } },
    {
      selector: "edge.neg",
      // Bowed, so that a hostile tie never hides behind the friendly ties of a node between the foes.
      style: {
        "line-color": NEGATIVE,
        "line-style": "dashed",
        "line-dash-pattern": [6, 4],
        "curve-style": "unbundled-bezier",
        "control-point-distances": [60],
        "control-point-weights": [0.5],
      },
    },
    { selector: "node:selected", style: { "border-width": 4, "border-color": "#1d2733" } },
    { selector: ".faded", style: { opacity: 0.12 } },
  ] as StylesheetJson;
}

/** fCoSE tuned for signed ties: friends close, foes far apart. */
export function signedLayout(): Record<string, unknown> {
  return {
    name: "fcose",
    animate: false,
    fit: true,
    padding: 40,
    randomize: true,
    nodeRepulsion: 12000,
    idealEdgeLength: (edge: { data(key: string): unknown }) => (Number(edge.data("score")) > 0 ? 70 : 340),
    edgeElasticity: (edge: { data(key: string): unknown }) => (Number(edge.data("score")) > 0 ? 0.45 : 0.3),
    nodeSeparation: 90,
    packComponents: true,
  };
}

export interface HeatMatrix {
  ids: string[];
  labels: string[];
  blocs: number[];
  /** scores[i][j]: the pair score, null when the pair has no evidence (or i = j). */
  scores: (number | null)[][];
}

/** The `top` actors by evidence, ordered by bloc then evidence, with their pair scores. */
export function heatMatrix(response: AlignmentResponse, top = 24): HeatMatrix {
  const chosen = [...response.actors]
    .sort((x, y) => y.evidenceCount - x.evidenceCount || x.id.localeCompare(y.id))
    .slice(0, top)
    .sort((x, y) => x.bloc - y.bloc || y.evidenceCount - x.evidenceCount || x.id.localeCompare(y.id));
  const index = new Map(chosen.map((a, i) => [a.id, i]));
  const scores = chosen.map(() => chosen.map((): number | null => null));
  for (const p of response.pairs) {
    const i = index.get(p.a);
    const j = index.get(p.b);
    if (i === undefined || j === undefined) continue;
    (scores[i] as (number | null)[])[j] = p.score;
    (scores[j] as (number | null)[])[i] = p.score;
  }
  return {
    ids: chosen.map((a) => a.id),
    labels: chosen.map((a) => a.label),
    blocs: chosen.map((a) => a.bloc),
    scores,
  };
}

/** Diverging fill for a score in [−1, 1]: red for hostile, green for aligned, white at 0. */
export function scoreFill(score: number | null): string {
  if (score === null) return "#f3f5f7";
  const t = Math.min(1, Math.abs(score));
  const [r, g, b] = score >= 0 ? [26, 152, 80] : [215, 48, 39];
  const mix = (c: number) => Math.round(255 + (c - 255) * t);
  return `rgb(${mix(r)},${mix(g)},${mix(b)})`;
}

/** Heat-map labels stay short: "Organization for Security…". */
export function shortLabel(label: string, max = 16): string {
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The heat map as a standalone SVG document (also what the view's SVG export saves). */
export function heatMapSvg(matrix: HeatMatrix, cell = 18): string {
  const n = matrix.ids.length;
  const margin = 110;
  const size = margin + n * cell + 10;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" font-family="system-ui, sans-serif" font-size="10">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
  ];
  matrix.labels.forEach((label, i) => {
    const y = margin + i * cell + cell / 2 + 3;
    const colour = blocColor(matrix.blocs[i] ?? 0);
    parts.push(
      `<text x="${margin - 6}" y="${y}" text-anchor="end" fill="${colour}">${esc(shortLabel(label))}</text>`,
    );
    const x = margin + i * cell + cell / 2 + 3;
    parts.push(
      `<text x="${x}" y="${margin - 6}" transform="rotate(-60 ${x} ${margin - 6})" fill="${colour}">${esc(shortLabel(label))}</text>`,
    );
  });
  matrix.scores.forEach((row, i) => {
    row.forEach((score, j) => {
      const title = score === null ? "no evidence" : `score ${score.toFixed(2)}`;
      parts.push(
        `<rect x="${margin + j * cell}" y="${margin + i * cell}" width="${cell - 1}" height="${cell - 1}" fill="${i === j ? "#ffffff" : scoreFill(score)}"><title>${esc(`${matrix.labels[i]} × ${matrix.labels[j]}: ${title}`)}</title></rect>`,
      );
    });
  });
  parts.push("</svg>");
  return parts.join("");
}
