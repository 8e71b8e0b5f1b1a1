/**
 * The drawn graph as a standalone SVG: same colours, dashes, shapes and labels as the
 * canvas. Pure (positions in, text out), so it needs no renderer and no extension.
 */
import type { ActorKind } from "../../../server/src/domain/actors.js";
import {
  LINE_STYLE_BY_POLARITY,
  RELATIONS,
  type RelationType,
} from "../../../server/src/domain/relations.js";
import { KIND_STYLE } from "./style.js";

export interface SvgNode {
  id: string;
  label: string;
  kind: ActorKind;
  size: number;
  x: number;
  y: number;
}

export interface SvgEdge {
  source: string;
  target: string;
  type: RelationType;
  width: number;
}

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const r1 = (n: number) => Math.round(n * 10) / 10;

/** Unit outlines (radius 1) for the shapes KIND_STYLE uses. */
const OUTLINES: Record<string, [number, number][]> = {
  triangle: [
    [0, -1],
    [1, 1],
    [-1, 1],
  ],
  diamond: [
    [0, -1],
    [1, 0],
    [0, 1],
    [-1, 0],
  ],
  hexagon: [
    [-0.5, -1],
    [0.5, -1],
    [1, 0],
    [0.5, 1],
    [-0.5, 1],
    [-1, 0],
  ],
  pentagon: [
    [0, -1],
    [0.95, -0.31],
    [0.59, 0.81],
    [-0.59, 0.81],
    [-0.95, -0.31],
  ],
  octagon: [
    [-0.41, -1],
    [0.41, -1],
    [1, -0.41],
    [1, 0.41],
    [0.41, 1],
    [-0.41, 1],
    [-1, 0.41],
    [-1, -0.41],
  ],
  tag: [
    [-1, -0.7],
    [0.4, -0.7],
    [1, 0],
    [0.4, 0.7],
    [-1, 0.7],
  ],
};

function shape(node: SvgNode): string {
  const { shape: name, color } = KIND_STYLE[node.kind] ?? KIND_STYLE.state;
  const h = node.size / 2;
  const attrs = `fill="${color}" stroke="#ffffff" stroke-width="1.5"`;
  if (name === "ellipse") return `<circle cx="${r1(node.x)}" cy="${r1(node.y)}" r="${r1(h)}" ${attrs}/>`;
  if (name === "round-rectangle") {
    return `<rect x="${r1(node.x - h)}" y="${r1(node.y - h)}" width="${r1(node.size)}" height="${r1(node.size)}" rx="${r1(h / 3)}" ${attrs}/>`;
  }
  const points = (OUTLINES[name] ?? OUTLINES.octagon ?? [])
    .map(([px, py]) => `${r1(node.x + px * h)},${r1(node.y + py * h)}`)
    .join(" ");
  return `<polygon points="${points}" ${attrs}/>`;
}

export function graphToSvg(nodes: SvgNode[], edges: SvgEdge[], padding = 40): string {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const xs = nodes.flatMap((n) => [n.x - n.size, n.x + n.size]);
  const ys = nodes.flatMap((n) => [n.y - n.size, n.y + n.size + 16]);
  const minX = (xs.length ? Math.min(...xs) : 0) - padding;
  const minY = (ys.length ? Math.min(...ys) : 0) - padding;
  const width = (xs.length ? Math.max(...xs) : 100) - minX + padding;
  const height = (ys.length ? Math.max(...ys) : 100) - minY + padding;

  const markers = [...new Set(edges.map((e) => e.type))]
    .filter((t) => !RELATIONS[t].symmetric)
    .map(
      (t) =>
        `<marker id="arrow-${t}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${RELATIONS[t].color}"/></marker>`,
    );

  // Parallel edges between one pair bend apart, like Cytoscape's bezier edges.
  const pairCount = new Map<string, number>();
  const lines = edges.flatMap((e) => {
    const a = byId.get(e.source);
    const b = byId.get(e.target);
    if (!a || !b) return [];
    const key = [e.source, e.target].sort().join("|");
    const k = pairCount.get(key) ?? 0;
    pairCount.set(key, k + 1);
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    const bend = (k % 2 ? -1 : 1) * Math.ceil(k / 2) * 18 * (e.source < e.target ? 1 : -1);
    const cx = (a.x + b.x) / 2 - (dy / len) * bend;
    const cy = (a.y + b.y) / 2 + (dx / len) * bend;
    // End at the target's rim so the arrow head shows.
    const tx = b.x - (dx / len) * (b.size / 2 + 2);
    const ty = b.y - (dy / len) * (b.size / 2 + 2);
    const info = RELATIONS[e.type];
    const style = LINE_STYLE_BY_POLARITY[info.polarity];
    const dash =
      style === "dashed" ? ' stroke-dasharray="6 3"' : style === "dotted" ? ' stroke-dasharray="2 3"' : "";
    const marker = info.symmetric ? "" : ` marker-end="url(#arrow-${e.type})"`;
    return [
      `<path d="M${r1(a.x)},${r1(a.y)} Q${r1(cx)},${r1(cy)} ${r1(tx)},${r1(ty)}" fill="none" stroke="${info.color}" stroke-width="${r1(e.width)}" stroke-opacity="0.85"${dash}${marker}><title>${esc(`${a.label} ${info.label} ${b.label}`)}</title></path>`,
    ];
  });

  const shapes = nodes.map(
    (n) =>
      `<g>${shape(n)}<text x="${r1(n.x)}" y="${r1(n.y + n.size / 2 + 13)}" text-anchor="middle">${esc(n.label)}</text></g>`,
  );

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${r1(minX)} ${r1(minY)} ${r1(width)} ${r1(height)}" width="${Math.round(width)}" height="${Math.round(height)}" font-family="system-ui, sans-serif" font-size="11">`,
    `<rect x="${r1(minX)}" y="${r1(minY)}" width="${r1(width)}" height="${r1(height)}" fill="#ffffff"/>`,
    `<defs>${markers.join("")}</defs>`,
    `<g class="edges">${lines.join("")}</g>`,
    `<g class="nodes" fill="#1d2733" paint-order="stroke" stroke-linejoin="round">${shapes.join("")}</g>`,
    `<style>text{stroke:#fff;stroke-width:3px;fill:#1d2733;paint-order:stroke}</style>`,
    "</svg>",
  ].join("\n");
}
