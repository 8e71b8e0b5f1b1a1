/**
 * Relation-type checkboxes grouped by polarity (they double as the colour legend), and
 * the evidence thresholds. Built once; sync(state) only sets values, so focus is kept.
 */
import {
  LINE_STYLE_BY_POLARITY,
  POLARITIES,
  type Polarity,
  RELATIONS,
  type RelationType,
  relationTypesOf,
} from "../../../server/src/domain/relations.js";
import type { Action, AppState } from "../state.js";
import { el } from "./dom.js";

const POLARITY_LABEL: Record<Polarity, string> = {
  cooperative: "Cooperative",
  neutral: "Neutral",
  conflictual: "Conflictual",
};

/** A short line drawn in the type's colour and its polarity's dash: the legend entry. */
export function lineSwatch(type: RelationType): SVGSVGElement {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("width", "28");
  svg.setAttribute("height", "10");
  svg.setAttribute("aria-hidden", "true");
  svg.classList.add("swatch");
  const line = document.createElementNS(ns, "line");
  line.setAttribute("x1", "1");
  line.setAttribute("y1", "5");
  line.setAttribute("x2", "27");
  line.setAttribute("y2", "5");
  line.setAttribute("stroke", RELATIONS[type].color);
  line.setAttribute("stroke-width", "3");
  const style = LINE_STYLE_BY_POLARITY[RELATIONS[type].polarity];
  if (style === "dashed") line.setAttribute("stroke-dasharray", "6 3");
  if (style === "dotted") line.setAttribute("stroke-dasharray", "2 3");
  svg.append(line);
  return svg;
}

export function createFilters(dispatch: (a: Action) => void) {
  const typeBoxes = new Map<RelationType, HTMLInputElement>();
  const groupBoxes = new Map<Polarity, HTMLInputElement>();

  const groups = POLARITIES.map((polarity) => {
    const groupBox = el("input", {
      type: "checkbox",
      id: `group-${polarity}`,
      onchange: (e: Event) =>
        dispatch({ type: "setGroup", polarity, on: (e.target as HTMLInputElement).checked }),
    });
    groupBoxes.set(polarity, groupBox);
    const items = relationTypesOf(polarity).map((type) => {
      const box = el("input", {
        type: "checkbox",
        id: `type-${type}`,
        value: type,
        onchange: () => dispatch({ type: "toggleType", relation: type }),
      });
      typeBoxes.set(type, box);
      return el(
        "li",
        {},
        el(
          "label",
          { for: `type-${type}`, title: RELATIONS[type].meaning },
          box,
          lineSwatch(type),
          el("span", {}, RELATIONS[type].label),
        ),
      );
    });
    return el(
      "fieldset",
      { class: `type-group ${polarity}` },
      el(
        "legend",
        {},
        el(
          "label",
          { for: `group-${polarity}` },
          groupBox,
          `${POLARITY_LABEL[polarity]} `,
          el("span", { class: "line-hint" }, `(${LINE_STYLE_BY_POLARITY[polarity]})`),
        ),
      ),
      el("ul", { class: "type-list" }, items),
    );
  });

  const minEvidence = el("input", {
    type: "number",
    id: "min-evidence",
    min: 1,
    max: 100,
    step: 1,
    value: 1,
    onchange: (e: Event) =>
      dispatch({ type: "setMinEvidence", value: Number((e.target as HTMLInputElement).value) }),
  });
  const minConfidence = el("input", {
    type: "range",
    id: "min-confidence",
    min: 0,
    max: 1,
    step: 0.05,
    value: 0,
    onchange: (e: Event) =>
      dispatch({ type: "setMinConfidence", value: Number((e.target as HTMLInputElement).value) }),
  });
  const confidenceOut = el("output", { for: "min-confidence", id: "min-confidence-value" }, "0.00");
  minConfidence.addEventListener("input", () => {
    confidenceOut.textContent = Number(minConfidence.value).toFixed(2);
  });

  const root = el(
    "section",
    { class: "panel filters", "aria-labelledby": "filters-title" },
    el("h2", { id: "filters-title" }, "Relation types"),
    groups,
    el(
      "div",
      { class: "thresholds" },
      el("label", { for: "min-evidence", class: "field-label" }, "Minimum evidence (sentences)"),
      minEvidence,
      el("label", { for: "min-confidence", class: "field-label" }, "Minimum confidence ", confidenceOut),
      minConfidence,
    ),
  );

  function sync(state: AppState): void {
    const on = new Set(state.filters.types);
    for (const [type, box] of typeBoxes) box.checked = on.has(type);
    for (const [polarity, box] of groupBoxes) {
      const group = relationTypesOf(polarity);
      const count = group.filter((t) => on.has(t)).length;
      box.checked = count === group.length;
      box.indeterminate = count > 0 && count < group.length;
    }
    if (Number(minEvidence.value) !== state.filters.minEvidence)
      minEvidence.value = String(state.filters.minEvidence);
    if (Number(minConfidence.value) !== state.filters.minConfidence) {
      minConfidence.value = String(state.filters.minConfidence);
    }
    confidenceOut.textContent = state.filters.minConfidence.toFixed(2);
  }

  return { root, sync };
}
