/**
 * Paste or upload an article → preview the extraction (POST /api/extract) → save it
 * (POST /api/articles). Asks for the API token on 401 and keeps it for the session.
 */
import type { ExtractionResult } from "../../../server/src/domain/extraction.js";
import { RELATIONS } from "../../../server/src/domain/relations.js";
import { type ApiClient, ApiError, type ArticleInput } from "../api.js";
import { el, fill, highlighted, triggerRanges } from "./dom.js";

export const TOKEN_KEY = "diplograph.apiToken";

interface Deps {
  api: ApiClient;
  /** After a save: the data changed, focus the first new actor. */
  onSaved(firstActorId: string | null): void;
  notify(message: string, kind?: "info" | "error"): void;
}

const today = () => new Date().toISOString().slice(0, 10);

export function createAddArticle({ api, onSaved, notify }: Deps) {
  const title = el("input", { id: "art-title", required: true, placeholder: "Headline" });
  const source = el("input", { id: "art-source", required: true, placeholder: "Outlet, e.g. Reuters" });
  const url = el("input", { id: "art-url", type: "url", placeholder: "https://… (optional)" });
  const date = el("input", { id: "art-date", type: "date", required: true, value: today() });
  const text = el("textarea", {
    id: "art-text",
    rows: 10,
    required: true,
    placeholder: "Paste the article text here",
  });
  const file = el("input", {
    id: "art-file",
    type: "file",
    accept: ".txt,.md,.html,.htm,text/plain,text/html",
  });
  const preview = el("div", { class: "preview", "aria-live": "polite" });
  const tokenRow = el(
    "div",
    { class: "token-row", hidden: true },
    el("label", { for: "art-token", class: "field-label" }, "API token (the server asks for one to save)"),
    el("input", { id: "art-token", type: "password", autocomplete: "off" }),
  );
  const tokenInput = tokenRow.querySelector("input") as HTMLInputElement;
  const previewBtn = el("button", { type: "button", id: "art-preview" }, "Preview extraction");
  const saveBtn = el("button", { type: "button", id: "art-save", class: "primary" }, "Save to graph");
  const cancelBtn = el("button", { type: "button" }, "Close");

  const form = el(
    "form",
    { method: "dialog", class: "add-form" },
    el("h2", { id: "add-title" }, "Add an article"),
    el(
      "div",
      { class: "grid2" },
      el("div", {}, el("label", { for: "art-title", class: "field-label" }, "Title"), title),
      el("div", {}, el("label", { for: "art-source", class: "field-label" }, "Outlet"), source),
      el("div", {}, el("label", { for: "art-url", class: "field-label" }, "URL"), url),
      el("div", {}, el("label", { for: "art-date", class: "field-label" }, "Published"), date),
    ),
    el("label", { for: "art-text", class: "field-label" }, "Text"),
    text,
    el("label", { for: "art-file", class: "field-label" }, "…or upload a text/HTML file"),
    file,
    tokenRow,
    el("div", { class: "button-row" }, previewBtn, saveBtn, cancelBtn),
    preview,
  );
  const dialog = el("dialog", { class: "add-dialog", "aria-labelledby": "add-title" }, form);

  function input(): ArticleInput | null {
    if (!text.value.trim()) {
      notify("Paste some text first.", "error");
      return null;
    }
    const body: ArticleInput = {
      title: title.value.trim() || text.value.trim().slice(0, 80),
      source: source.value.trim() || "pasted",
      publishedAt: date.value || today(),
      text: text.value,
    };
    if (url.value.trim()) body.url = url.value.trim();
    return body;
  }

  function renderPreview(result: ExtractionResult): void {
    const names = new Map(result.actors.map((a) => [a.id, a.name]));
    const sentences = new Map<string, { start: number; end: number; sentence: string; triggers: string[] }>();
    for (const r of result.relations) {
      const k = `${r.evidence.start}`;
      const s = sentences.get(k) ?? {
        start: r.evidence.start,
        end: r.evidence.end,
        sentence: r.evidence.sentence,
        triggers: [],
      };
      s.triggers.push(r.evidence.trigger);
      sentences.set(k, s);
    }
    fill(
      preview,
      el(
        "p",
        { class: "meta" },
        `${result.actors.length} actors, ${result.relations.length} relations`,
        result.warnings.length ? ` · ${result.warnings.length} warnings` : "",
      ),
      result.warnings.length
        ? el(
            "ul",
            { class: "warnings" },
            result.warnings.map((w) => el("li", {}, w)),
          )
        : null,
      el(
        "ol",
        { class: "preview-sentences" },
        [...sentences.values()].map((s) =>
          el(
            "li",
            {},
            highlighted(
              s.sentence,
              s.triggers.flatMap((t) => triggerRanges(s.sentence, t)),
            ),
          ),
        ),
      ),
      result.relations.length
        ? el(
            "table",
            { class: "relation-table" },
            el("caption", {}, "Relations found"),
            el(
              "thead",
              {},
              el(
                "tr",
                {},
                el("th", {}, "Source"),
                el("th", {}, "Relation"),
                el("th", {}, "Target"),
                el("th", {}, "Confidence"),
              ),
            ),
            el(
              "tbody",
              {},
              result.relations.map((r) =>
                el(
                  "tr",
                  {},
                  el("td", {}, names.get(r.source) ?? r.source),
                  el("td", {}, RELATIONS[r.type]?.label ?? r.type),
                  el("td", {}, names.get(r.target) ?? r.target),
                  el("td", {}, `${Math.round(r.evidence.confidence * 100)}%`),
                ),
              ),
            ),
          )
        : el("p", { class: "hint" }, "No relation found in this text."),
    );
  }

  async function doPreview(): Promise<void> {
    const body = input();
    if (!body) return;
    fill(preview, el("p", { class: "hint" }, "Extracting…"));
    try {
      renderPreview(await api.extract(body));
    } catch (error) {
      fill(preview, el("p", { class: "error" }, `Preview failed: ${(error as Error).message}`));
    }
  }

  async function doSave(): Promise<void> {
    const body = input();
    if (!body) return;
    const token = tokenInput.value.trim() || sessionStorage.getItem(TOKEN_KEY);
    saveBtn.disabled = true;
    try {
      const result = await api.saveArticle(body, token);
      if (tokenInput.value.trim()) sessionStorage.setItem(TOKEN_KEY, tokenInput.value.trim());
      const actors = result.actors as { id?: string }[];
      notify(
        `Saved “${result.article.title ?? body.title}”: ${result.relations.length} relations` +
          (result.status && result.status !== "created" ? ` (${result.status})` : "."),
      );
      dialog.close();
      form.reset();
      date.value = today();
      fill(preview);
      onSaved(actors.find((a) => a.id)?.id ?? null);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        sessionStorage.removeItem(TOKEN_KEY);
        tokenRow.hidden = false;
        tokenInput.focus();
        notify(
          token
            ? "The token was refused: check it and save again."
            : "This server needs an API token to save.",
          "error",
        );
      } else notify(`Save failed: ${(error as Error).message}`, "error");
    } finally {
      saveBtn.disabled = false;
    }
  }

  file.addEventListener("change", async () => {
    const f = file.files?.[0];
    if (!f) return;
    const content = await f.text();
    text.value = /\.html?$/i.test(f.name) ? htmlToText(content) : content;
    if (!title.value) title.value = f.name.replace(/\.[^.]+$/, "");
  });
  previewBtn.addEventListener("click", () => void doPreview());
  saveBtn.addEventListener("click", () => void doSave());
  cancelBtn.addEventListener("click", () => dialog.close());

  return {
    root: dialog,
    open() {
      dialog.showModal();
      text.focus();
    },
  };
}

function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, "text/html");
  for (const node of doc.querySelectorAll("script,style,nav,header,footer")) node.remove();
  return (doc.body.textContent ?? "").replace(/\n{3,}/g, "\n\n").trim();
}
