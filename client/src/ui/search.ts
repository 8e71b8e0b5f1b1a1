/** An ARIA 1.2 combobox over GET /api/actors?q= (names and aliases): arrows, Enter, Escape. */
import type { ActorHit, ApiClient } from "../api.js";
import { KIND_STYLE } from "../graph/style.js";
import { el } from "./dom.js";

export interface ComboboxOptions {
  id: string;
  label: string;
  placeholder: string;
  api: ApiClient;
  onPick(hit: ActorHit): void;
  /** Hide the label visually (it stays for screen readers). */
  hiddenLabel?: boolean;
}

export interface Combobox {
  root: HTMLElement;
  input: HTMLInputElement;
  picked: ActorHit | null;
  clear(): void;
}

export function createCombobox(options: ComboboxOptions): Combobox {
  const listId = `${options.id}-list`;
  const input = el("input", {
    id: options.id,
    type: "search",
    role: "combobox",
    autocomplete: "off",
    spellcheck: "false",
    placeholder: options.placeholder,
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": listId,
  });
  const list = el("ul", {
    id: listId,
    role: "listbox",
    class: "combo-list",
    hidden: true,
    "aria-label": options.label,
  });
  const label = el(
    "label",
    { for: options.id, class: options.hiddenLabel ? "sr-only" : "field-label" },
    options.label,
  );
  const root = el("div", { class: "combo" }, label, input, list);

  let hits: ActorHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | null = null;
  const self: Combobox = { root, input, picked: null, clear };

  function close(): void {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function clear(): void {
    input.value = "";
    self.picked = null;
    hits = [];
    close();
  }

  function render(): void {
    list.replaceChildren(
      ...(hits.length
        ? hits.map((hit, i) =>
            el(
              "li",
              {
                id: `${options.id}-opt-${i}`,
                role: "option",
                class: "combo-option",
                "aria-selected": String(i === active),
                onmousedown: (e: Event) => {
                  e.preventDefault();
                  pick(i);
                },
              },
              el("span", { class: "opt-name" }, hit.name),
              el(
                "span",
                { class: "opt-meta" },
                [KIND_STYLE[hit.kind as keyof typeof KIND_STYLE]?.label ?? hit.kind, hit.affiliation]
                  .filter(Boolean)
                  .join(" · "),
                hit.matched && hit.matched !== hit.name ? ` — “${hit.matched}”` : "",
              ),
            ),
          )
        : [el("li", { class: "combo-empty", role: "option", "aria-disabled": "true" }, "No actor found")]),
    );
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    if (active >= 0) input.setAttribute("aria-activedescendant", `${options.id}-opt-${active}`);
    else input.removeAttribute("aria-activedescendant");
  }

  function pick(i: number): void {
    const hit = hits[i];
    if (!hit) return;
    self.picked = hit;
    input.value = hit.name;
    close();
    options.onPick(hit);
  }

  async function search(q: string): Promise<void> {
    controller?.abort();
    controller = new AbortController();
    try {
      hits = await options.api.searchActors(q, controller.signal);
      active = hits.length ? 0 : -1;
      render();
    } catch (error) {
      if (error instanceof DOMException && error.name === "AbortError") return;
      hits = [];
      close();
    }
  }

  input.addEventListener("input", () => {
    self.picked = null;
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) {
      close();
      return;
    }
    timer = setTimeout(() => void search(q), 150);
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (list.hidden) {
        if (hits.length) render();
        return;
      }
      if (!hits.length) return;
      active = (active + (e.key === "ArrowDown" ? 1 : -1) + hits.length) % hits.length;
      render();
    } else if (e.key === "Enter") {
      if (!list.hidden && hits.length) {
        e.preventDefault();
        pick(Math.max(0, active));
      }
    } else if (e.key === "Escape") {
      if (!list.hidden) {
        e.preventDefault();
        close();
      } else clear();
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 100));
  return self;
}
