/** Evidence per month as bars, with the date window: click a bar for its month, shift-click to extend. */
import type { HistogramBin } from "../graph/elements.js";
import type { Action, AppState } from "../state.js";
import { el } from "./dom.js";

const NS = "http://www.w3.org/2000/svg";
const WIDTH = 260;
const HEIGHT = 56;

function lastDay(month: string): string {
  const [y, m] = month.split("-").map(Number);
  const day = new Date(Date.UTC(y ?? 1970, m ?? 1, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, "0")}`;
}

export function createDateFilter(dispatch: (a: Action) => void) {
  const svg = document.createElementNS(NS, "svg");
  svg.setAttribute("viewBox", `0 0 ${WIDTH} ${HEIGHT}`);
  svg.setAttribute("class", "histogram");
  svg.setAttribute("role", "img");
  const from = el("input", {
    type: "date",
    id: "date-from",
    onchange: () => dispatch({ type: "setDates", from: from.value || null, to: to.value || null }),
  });
  const to = el("input", {
    type: "date",
    id: "date-to",
    onchange: () => dispatch({ type: "setDates", from: from.value || null, to: to.value || null }),
  });
  const clear = el(
    "button",
    { type: "button", class: "link", onclick: () => dispatch({ type: "setDates", from: null, to: null }) },
    "All dates",
  );
  const caption = el("p", { class: "hint", id: "histogram-caption" }, "");
  const root = el(
    "section",
    { class: "panel dates", "aria-labelledby": "dates-title" },
    el("h2", { id: "dates-title" }, "Dates"),
    svg,
    caption,
    el(
      "div",
      { class: "date-row" },
      el("label", { for: "date-from", class: "field-label" }, "From"),
      from,
      el("label", { for: "date-to", class: "field-label" }, "To"),
      to,
    ),
    clear,
  );

  let bins: HistogramBin[] = [];
  let state: AppState | null = null;

  function draw(): void {
    svg.replaceChildren();
    if (!bins.length) {
      caption.textContent = "No dated evidence yet.";
      svg.setAttribute("aria-label", "No dated evidence");
      return;
    }
    const max = Math.max(...bins.map((b) => b.count), 1);
    const w = WIDTH / bins.length;
    const f = state?.filters.from?.slice(0, 7) ?? null;
    const t = state?.filters.to?.slice(0, 7) ?? null;
    bins.forEach((bin, i) => {
      // Square-root heights: one busy month must not flatten all the others.
      const h = bin.count > 0 ? Math.max(2, Math.sqrt(bin.count / max) * (HEIGHT - 4)) : 0;
      const inWindow = (!f || bin.month >= f) && (!t || bin.month <= t);
      const rect = document.createElementNS(NS, "rect");
      rect.setAttribute("x", String(i * w + 0.5));
      rect.setAttribute("y", String(HEIGHT - h));
      rect.setAttribute("width", String(Math.max(1, w - 1)));
      rect.setAttribute("height", String(h));
      rect.setAttribute("class", inWindow ? "bar in" : "bar out");
      const title = document.createElementNS(NS, "title");
      title.textContent = `${bin.month}: ${Math.round(bin.count)} evidence`;
      rect.append(title);
      // A full-height hit area so empty months can be picked too.
      const hit = document.createElementNS(NS, "rect");
      hit.setAttribute("x", String(i * w));
      hit.setAttribute("y", "0");
      hit.setAttribute("width", String(w));
      hit.setAttribute("height", String(HEIGHT));
      hit.setAttribute("class", "bar-hit");
      hit.addEventListener("click", (e) => {
        const current = state?.filters;
        if ((e as MouseEvent).shiftKey && current?.from) {
          const start = current.from < `${bin.month}-01` ? current.from : `${bin.month}-01`;
          const end = current.to && current.to > lastDay(bin.month) ? current.to : lastDay(bin.month);
          dispatch({ type: "setDates", from: start, to: end });
        } else dispatch({ type: "setDates", from: `${bin.month}-01`, to: lastDay(bin.month) });
      });
      hit.append(title.cloneNode(true));
      svg.append(rect, hit);
    });
    const first = bins[0]?.month ?? "";
    const last = bins.at(-1)?.month ?? "";
    const total = Math.round(bins.reduce((s, b) => s + b.count, 0));
    caption.textContent = `${total} evidence, ${first} – ${last}. Click a month; shift-click to extend.`;
    svg.setAttribute("aria-label", `Evidence per month from ${first} to ${last}`);
  }

  return {
    root,
    setBins(next: HistogramBin[]) {
      bins = next;
      draw();
    },
    sync(next: AppState) {
      state = next;
      from.value = next.filters.from ?? "";
      to.value = next.filters.to ?? "";
      draw();
    },
  };
}
