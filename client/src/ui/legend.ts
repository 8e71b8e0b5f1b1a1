/** Node shapes by actor kind, drawn with the same shapes Cytoscape uses. */
import { ACTOR_KINDS, type ActorKind } from "../../../server/src/domain/actors.js";
import { KIND_STYLE } from "../graph/style.js";
import { el } from "./dom.js";

const NS = "http://www.w3.org/2000/svg";

const POINTS: Record<string, string> = {
  triangle: "8,1 15,15 1,15",
  diamond: "8,1 15,8 8,15 1,8",
  hexagon: "4,1 12,1 15,8 12,15 4,15 1,8",
  pentagon: "8,1 15,6 12,15 4,15 1,6",
  octagon: "5,1 11,1 15,5 15,11 11,15 5,15 1,11 1,5",
  tag: "1,3 11,3 15,8 11,13 1,13",
};

function shapeIcon(kind: ActorKind): SVGSVGElement {
  const { shape, color } = KIND_STYLE[kind];
  const svg = document.createElementNS(NS, "svg");
  svg.setAttribute("width", "16");
  svg.setAttribute("height", "16");
  svg.setAttribute("aria-hidden", "true");
  let node: SVGElement;
  if (shape === "ellipse") {
    node = document.createElementNS(NS, "circle");
    node.setAttribute("cx", "8");
    node.setAttribute("cy", "8");
    node.setAttribute("r", "7");
  } else if (shape === "round-rectangle") {
    node = document.createElementNS(NS, "rect");
    for (const [k, v] of Object.entries({ x: 1, y: 3, width: 14, height: 10, rx: 3 }))
      node.setAttribute(k, String(v));
  } else {
    node = document.createElementNS(NS, "polygon");
    node.setAttribute("points", POINTS[shape] ?? POINTS.octagon ?? "");
  }
  node.setAttribute("fill", color);
  svg.append(node);
  return svg;
}

export function createLegend(): HTMLElement {
  return el(
    "section",
    { class: "panel legend", "aria-labelledby": "legend-title" },
    el("h2", { id: "legend-title" }, "Actors"),
    el(
      "ul",
      { class: "kind-list" },
      ACTOR_KINDS.map((kind) => el("li", {}, shapeIcon(kind), el("span", {}, KIND_STYLE[kind].label))),
    ),
    el(
      "p",
      { class: "hint" },
      "Lines: solid cooperative, dashed neutral, dotted conflictual; thicker = more evidence. Arrows point from the actor who speaks or acts.",
    ),
  );
}
