/**
 * Descriptions that stand for an actor the article already named: "the kingdom" (the last monarchy named),
 * "the emirate", "the sultanate", "the regional bloc" (the last international organisation named). Runs after
 * mentions are found and before coreference; a description with no fitting actor named before it stays unread.
 */
import type { Actor } from "../../domain/actors.js";
import type { Mention } from "../types.js";

/** States news calls "the kingdom". */
const KINGDOMS: ReadonlySet<string> = new Set([
  "SAU",
  "MAR",
  "JOR",
  "BHR",
  "GBR",
  "ESP",
  "THA",
  "KHM",
  "NLD",
  "BEL",
  "NOR",
  "SWE",
  "DNK",
  "BTN",
  "LSO",
  "SWZ",
  "TON",
]);
const EMIRATES: ReadonlySet<string> = new Set(["ARE", "QAT", "KWT"]);
const SULTANATES: ReadonlySet<string> = new Set(["OMN", "BRN"]);

/** Case-insensitive on the noun, but never "the Kingdom of X" (a name the gazetteer reads itself). */
const DESCRIPTION =
  /\b[Tt]he\s+(?:(kingdom|emirate|sultanate)|(?:regional|continental|West\s+African|East\s+African|Southern\s+African|Gulf|Arab|European|Asian)\s+(bloc|organi[sz]ation|body|grouping|alliance))(?:('s|’s)|\b)(?!\s+of\b)/gi;

function fits(kind: string, a: Actor): boolean {
  if (kind === "kingdom") return a.kind === "state" && KINGDOMS.has(a.affiliation);
  if (kind === "emirate") return a.kind === "state" && EMIRATES.has(a.affiliation);
  if (kind === "sultanate") return a.kind === "state" && SULTANATES.has(a.affiliation);
  return a.kind === "igo";
}

/** The state or organisation a description stands for: the last fitting actor named before it. */
function antecedent(mentions: readonly Mention[][], si: number, at: number, kind: string): Actor | undefined {
  for (let s = si; s >= 0; s--) {
    const list = mentions[s] ?? [];
    for (let k = list.length - 1; k >= 0; k--) {
      const m = list[k];
      if (!m || (s === si && m.start >= at) || m.ref.kind !== "actor") continue;
      const actor = m.ref.actor;
      if (fits(kind, actor)) return actor;
    }
  }
  return undefined;
}

/** Adds the descriptions' mentions to each sentence's list, in text order. */
export function addDescriptionMentions(sentences: readonly { text: string }[], mentions: Mention[][]): void {
  sentences.forEach((sentence, si) => {
    const list = mentions[si];
    if (!list) return;
    const added: Mention[] = [];
    for (const m of sentence.text.matchAll(DESCRIPTION)) {
      const at = m.index ?? 0;
      const end = at + m[0].length - (m[3]?.length ?? 0);
      if (list.some((x) => x.start < end && at < x.end)) continue;
      const kind = (m[1] ?? "bloc").toLowerCase();
      const actor = antecedent(mentions, si, at, kind);
      if (!actor) continue;
      added.push({
        start: at,
        end,
        text: sentence.text.slice(at, end),
        ref: { kind: "actor", actor, certainty: 0.8, via: `description:${kind}` },
        possessive: !!m[3],
      });
    }
    if (added.length === 0) return;
    list.push(...added);
    list.sort((a, b) => a.start - b.start);
  });
}
