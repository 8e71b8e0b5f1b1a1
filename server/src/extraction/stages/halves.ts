/**
 * The halves of a divided country, named the way news writes them once both are in the article: "North and
 * South Korea" (one name for two states), "the North" and "the South" for North and South Korea, and for Sudan
 * and South Sudan. Runs after mentions are found and before coreference; adds mentions, never removes one.
 */
import type { Mention } from "../types.js";
import { stateActor } from "./resolve.js";

interface Divided {
  /** The state name the two halves share: "Korea" in "North and South Korea". */
  shared: string;
  north: string;
  south: string;
}

const DIVIDED: readonly Divided[] = [
  { shared: "Korea", north: "PRK", south: "KOR" },
  { shared: "Sudan", north: "SDN", south: "SSD" },
];

/** "North and South Korea": the first half has no name of its own. */
const ELLIPTIC = /\bNorth\s+and\s+South\s+(Korea|Sudan)\b/g;
/**
 * "the North", "the South's army", never "the North Atlantic" or "the South China Sea" (case-sensitive). Not in
 * a condition ("if the North launched further provocations"), where the half is no actor of the sentence.
 */
const HALF =
  /(?<!\b(?:if|unless|should|whether)\s+)\b[Tt]he\s+(North|South)(?:('s|’s)|\b)(?!\s*[-–]?\s*(?:[A-Z]|east|west))/g;

function mentionOf(
  code: string,
  start: number,
  end: number,
  text: string,
  possessive: boolean,
): Mention | undefined {
  const actor = stateActor(code);
  if (!actor) return undefined;
  return {
    start,
    end,
    text,
    ref: { kind: "actor", actor, certainty: 0.85, via: `half:${code}` },
    possessive,
  };
}

function overlaps(list: readonly Mention[], start: number, end: number): boolean {
  return list.some((m) => m.start < end && start < m.end);
}

/** Adds the halves' mentions to each sentence's list, in text order. */
export function addHalfMentions(sentences: readonly { text: string }[], mentions: Mention[][]): void {
  const named = new Set<string>();
  for (const list of mentions)
    for (const m of list) if (m.ref.kind === "actor") named.add(m.ref.actor.affiliation);
  sentences.forEach((sentence, i) => {
    const list = mentions[i];
    if (!list) return;
    const added: Mention[] = [];
    for (const m of sentence.text.matchAll(ELLIPTIC)) {
      const pair = DIVIDED.find((d) => d.shared === m[1]);
      const at = m.index ?? 0;
      const end = at + "North".length;
      if (!pair || overlaps(list, at, end)) continue;
      const north = mentionOf(pair.north, at, end, "North", false);
      if (north) added.push(north);
      named.add(pair.north);
      named.add(pair.south);
    }
    for (const m of sentence.text.matchAll(HALF)) {
      // Only where the article names both halves: "the South" alone is a region, not a state.
      const pair = DIVIDED.find((d) => named.has(d.north) && named.has(d.south));
      const at = m.index ?? 0;
      const end = at + m[0].length - (m[2]?.length ?? 0);
      if (!pair || overlaps(list, at, end) || overlaps(added, at, end)) continue;
      const half = mentionOf(
        m[1] === "North" ? pair.north : pair.south,
        at,
        end,
        m[0].slice(0, end - at),
        !!m[2],
      );
      if (half) added.push(half);
    }
    if (added.length === 0) return;
    list.push(...added);
    list.sort((a, b) => a.start - b.start);
  });
}
