/**
 * The right-hand panel: the selected edge's evidence sentences, the selected node's
 * profile, or an article with every extracted relation highlighted.
 */
import { isRelationType, RELATION_TYPES, RELATIONS } from "../../../server/src/domain/relations.js";
import { type ApiClient, ApiError, type EvidenceItem } from "../api.js";
import type { GraphCache } from "../graph/cache.js";
import type { Dataset } from "../graph/dataset.js";
import { KIND_STYLE } from "../graph/style.js";
import type { Action, AppState } from "../state.js";
import { el, fill, highlighted, triggerRanges } from "./dom.js";
import { lineSwatch } from "./filters.js";

interface Deps {
  api: ApiClient;
  graphs: GraphCache;
  dispatch(a: Action): void;
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

/** `source--TYPE--target`: the relation id tells its ends even when the node is not loaded. */
export function parseRelationId(id: string): { source: string; type: string; target: string } | null {
  const m = /^(.+?)--([A-Z_]+)--(.+)$/.exec(id);
  return m?.[1] && m[2] && m[3] ? { source: m[1], type: m[2], target: m[3] } : null;
}

export function createDetails({ api, graphs, dispatch }: Deps) {
  const body = el("div", { class: "details-body" });
  const close = el(
    "button",
    {
      type: "button",
      class: "icon close",
      "aria-label": "Close panel",
      onclick: () => {
        dispatch({ type: "openArticle", id: null });
        dispatch({ type: "select", selection: null });
      },
    },
    "×",
  );
  const root = el(
    "aside",
    { class: "details", id: "details", "aria-label": "Details", "aria-live": "polite", hidden: true },
    close,
    body,
  );
  let key = "";
  let ticket = 0;

  const nameOf = (dataset: Dataset | null, id: string) => dataset?.nodes.get(id)?.label ?? id;

  function actions(state: AppState, id: string) {
    const pinned = state.pinned.includes(id);
    const b = (label: string, action: Action, extra: Record<string, string> = {}) =>
      el("button", { type: "button", onclick: () => dispatch(action), ...extra }, label);
    return el(
      "div",
      { class: "button-row" },
      b("Focus", { type: "focus", id }),
      b("Expand neighbours", { type: "expand", id }),
      b(pinned ? "Unpin" : "Pin", { type: "togglePin", id }, { "aria-pressed": String(pinned) }),
      b("Hide", { type: "hide", id }),
    );
  }

  function evidenceItem(item: EvidenceItem) {
    const date = item.article?.publishedAt ?? "";
    return el(
      "li",
      { class: "evidence" },
      el("blockquote", {}, highlighted(item.sentence, triggerRanges(item.sentence, item.trigger ?? ""))),
      el(
        "p",
        { class: "meta" },
        [item.article?.outlet, date].filter(Boolean).join(" · "),
        " · confidence ",
        el("strong", {}, percent(item.confidence)),
        item.negated ? " · negated" : "",
        item.future ? " · future/hypothetical" : "",
        item.speaker ? ` · reported by ${item.speaker.name}` : "",
      ),
      el(
        "p",
        { class: "links" },
        item.article?.url
          ? el("a", { href: item.article.url, target: "_blank", rel: "noopener noreferrer" }, "source ↗")
          : null,
        item.article?.id
          ? el(
              "button",
              {
                type: "button",
                class: "link",
                onclick: () => dispatch({ type: "openArticle", id: item.article.id }),
              },
              `open article “${item.article.title ?? item.article.id}”`,
            )
          : null,
      ),
    );
  }

  async function showEdge(state: AppState, id: string, my: number): Promise<void> {
    const dataset = await graphs.dataset(state).catch(() => null);
    const edge = dataset?.edges.get(id);
    const parsed = parseRelationId(id);
    const type = edge?.type ?? parsed?.type ?? "";
    const source = edge?.source ?? parsed?.source ?? "";
    const target = edge?.target ?? parsed?.target ?? "";
    const info = isRelationType(type) ? RELATIONS[type] : null;
    const list = el("ol", { class: "evidence-list" }, el("li", { class: "hint" }, "Loading evidence…"));
    if (my !== ticket) return;
    fill(
      body,
      el("p", { class: "eyebrow" }, info ? [lineSwatch(info.id), ` ${info.polarity} relation`] : "relation"),
      el(
        "h2",
        {},
        el("span", {}, nameOf(dataset, source)),
        el("span", { class: "rel-type" }, ` ${info?.label ?? type} `),
        el("span", {}, nameOf(dataset, target)),
      ),
      edge
        ? el(
            "p",
            { class: "meta" },
            `${edge.evidenceCount} evidence from ${edge.sourceCount} outlet${edge.sourceCount === 1 ? "" : "s"}, ` +
              `${edge.firstSeen}${edge.lastSeen !== edge.firstSeen ? ` – ${edge.lastSeen}` : ""}`,
          )
        : null,
      info ? el("p", { class: "hint" }, info.meaning) : null,
      el("h3", {}, "Evidence"),
      list,
    );
    try {
      const page = await api.evidence(id);
      if (my !== ticket) return;
      fill(
        list,
        page.items.length
          ? page.items.map(evidenceItem)
          : el("li", { class: "hint" }, "No evidence for this relation."),
        page.total > page.items.length
          ? el("li", { class: "hint" }, `… and ${page.total - page.items.length} more.`)
          : null,
      );
    } catch (error) {
      if (my !== ticket) return;
      list.replaceChildren(
        el("li", { class: "error" }, `Could not load the evidence: ${(error as Error).message}`),
      );
    }
  }

  async function showNode(state: AppState, id: string, my: number): Promise<void> {
    const dataset = await graphs.dataset(state).catch(() => null);
    const node = dataset?.nodes.get(id);
    const profile = el("div", { class: "profile" }, el("p", { class: "hint" }, "Loading…"));
    if (my !== ticket) return;
    const kind = node?.kind ? KIND_STYLE[node.kind].label : "";
    fill(
      body,
      el("p", { class: "eyebrow" }, [kind, node?.affiliation].filter(Boolean).join(" · ")),
      el("h2", {}, node?.label ?? id),
      node?.role ? el("p", { class: "role" }, node.role) : null,
      actions(state, id),
      el(
        "div",
        { class: "button-row" },
        el(
          "button",
          { type: "button", class: "link", onclick: () => pathEnd("from", id, node?.label ?? id) },
          "Path from here",
        ),
        el(
          "button",
          { type: "button", class: "link", onclick: () => pathEnd("to", id, node?.label ?? id) },
          "Path to here",
        ),
      ),
      profile,
    );
    try {
      const actorId = state.level === "country" ? await api.actorForCode(id) : id;
      if (!actorId) throw new ApiError(404, "NOT_FOUND", "no actor");
      const actor = await api.actor(actorId);
      if (my !== ticket) return;
      const counts = RELATION_TYPES.filter((t) => (actor.countsByType[t] ?? 0) > 0);
      fill(
        profile,
        actor.roles.length
          ? el(
              "p",
              { class: "roles" },
              actor.roles
                .map((r) => `${r.role} (${r.of}${r.from ? `, ${r.from} – ${r.to ?? "now"}` : ""})`)
                .join("; "),
            )
          : null,
        actor.memberOf.length
          ? el("p", {}, el("strong", {}, "Member of: "), actor.memberOf.join(", "))
          : null,
        actor.aliases.length
          ? el("p", { class: "aliases" }, el("strong", {}, "Also written: "), actor.aliases.join(", "))
          : null,
        counts.length
          ? [
              el("h3", {}, "Relations by type"),
              el(
                "ul",
                { class: "counts" },
                counts.map((t) =>
                  el(
                    "li",
                    {},
                    lineSwatch(t),
                    ` ${RELATIONS[t].label} `,
                    el("strong", {}, String(actor.countsByType[t])),
                  ),
                ),
              ),
            ]
          : null,
        actor.counterparts.length
          ? [
              el("h3", {}, "Top counterparts"),
              el(
                "ol",
                { class: "counterparts" },
                actor.counterparts.map((c) =>
                  el(
                    "li",
                    {},
                    el(
                      "button",
                      {
                        type: "button",
                        class: "link",
                        onclick: () => dispatch({ type: "focus", id: c.id, level: "actor" }),
                      },
                      c.name ?? c.id,
                    ),
                    ` ${c.count}`,
                  ),
                ),
              ),
            ]
          : null,
      );
    } catch (error) {
      if (my !== ticket) return;
      fill(
        profile,
        error instanceof ApiError && error.status === 404
          ? el(
              "p",
              { class: "hint" },
              state.level === "country"
                ? "A country-level node: switch to actor level for profiles."
                : "No profile for this node.",
            )
          : el("p", { class: "error" }, `Could not load the profile: ${(error as Error).message}`),
      );
    }
  }

  async function showArticle(id: string, my: number): Promise<void> {
    fill(body, el("p", { class: "hint" }, "Loading article…"));
    try {
      const article = await api.article(id);
      if (my !== ticket) return;
      const bySentence = new Map<
        string,
        { start: number; end: number; readings: string[]; polarity: string }
      >();
      for (const r of article.relations) {
        const k = `${r.start}:${r.end}`;
        const entry = bySentence.get(k) ?? {
          start: r.start,
          end: r.end,
          readings: [],
          polarity: RELATIONS[r.type]?.polarity ?? "",
        };
        entry.readings.push(`${r.source.name} ${RELATIONS[r.type]?.label ?? r.type} ${r.target.name}`);
        bySentence.set(k, entry);
      }
      const ranges = [...bySentence.values()].map((s) => ({
        start: s.start,
        end: s.end,
        className: `rel ${s.polarity}`,
        title: s.readings.join("\n"),
      }));
      fill(
        body,
        el("p", { class: "eyebrow" }, [article.source, article.publishedAt].filter(Boolean).join(" · ")),
        el("h2", {}, article.title),
        article.url
          ? el(
              "p",
              {},
              el("a", { href: article.url, target: "_blank", rel: "noopener noreferrer" }, "original ↗"),
            )
          : null,
        el(
          "button",
          { type: "button", class: "link", onclick: () => dispatch({ type: "openArticle", id: null }) },
          "← back",
        ),
        el(
          "p",
          { class: "hint" },
          `${article.relations.length} extracted relations highlighted; hover one for its reading.`,
        ),
        el("div", { class: "article-text" }, highlighted(article.text, ranges)),
        article.relations.length
          ? el(
              "table",
              { class: "relation-table" },
              el("caption", { class: "sr-only" }, "Extracted relations"),
              el(
                "thead",
                {},
                el("tr", {}, el("th", {}, "Source"), el("th", {}, "Relation"), el("th", {}, "Target")),
              ),
              el(
                "tbody",
                {},
                article.relations.map((r) =>
                  el(
                    "tr",
                    {},
                    el("td", {}, r.source.name),
                    el("td", {}, RELATIONS[r.type]?.label ?? r.type),
                    el("td", {}, r.target.name),
                  ),
                ),
              ),
            )
          : null,
      );
    } catch (error) {
      if (my !== ticket) return;
      fill(body, el("p", { class: "error" }, `Could not load the article: ${(error as Error).message}`));
    }
  }

  let onPathEnd: ((end: "from" | "to", id: string, label: string) => void) | null = null;
  function pathEnd(end: "from" | "to", id: string, label: string): void {
    onPathEnd?.(end, id, label);
  }

  return {
    root,
    onPathEnd(handler: (end: "from" | "to", id: string, label: string) => void) {
      onPathEnd = handler;
    },
    sync(state: AppState) {
      const next = state.article
        ? `a:${state.article}`
        : state.selected
          ? `${state.selected.kind}:${state.selected.id}:${state.level}:${state.pinned.includes(state.selected.id)}:${graphs.version}`
          : "";
      if (next === key) return;
      key = next;
      const my = ++ticket;
      root.hidden = next === "";
      if (state.article) void showArticle(state.article, my);
      else if (state.selected?.kind === "edge") void showEdge(state, state.selected.id, my);
      else if (state.selected?.kind === "node") void showNode(state, state.selected.id, my);
    },
  };
}
