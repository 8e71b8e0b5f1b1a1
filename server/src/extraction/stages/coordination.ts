/** Which mentions are joined by "and", commas or "X- and Y-": one argument of several actors. */
import type { ResolvedMention } from "../types.js";

const JOINER =
  /^(?:\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|as\s+well\s+as\s+|&\s*|,?\s*along\s+with\s+)|-\s*(?:and\s+)?|-)(?:the\s+|his\s+|her\s+|its\s+|their\s+)?(?:(?:paramilitary|rebel|militant|armed|rival|opposing|islamist|separatist|regular|allied|neighbouring|neighboring|group|movement|militia)\s+)?$/i;

export function joined(sentence: string, left: ResolvedMention, right: ResolvedMention): boolean {
  if (right.start < left.end) return false;
  // ", they had ..." starts a clause; a pronoun after a bare comma is not a list member.
  if (right.via.startsWith("pronoun:") && /^\s*,\s*$/.test(sentence.slice(left.end, right.start)))
    return false;
  // "..., and they called ...": a subject pronoun after ", and" opens a new clause.
  if (
    right.via.startsWith("pronoun:") &&
    /^(?:they|he|she|we)$/i.test(right.text) &&
    /^\s*,\s*(?:and|but)\s+$/i.test(sentence.slice(left.end, right.start))
  )
    return false;
  return JOINER.test(sentence.slice(left.end, right.start));
}

const BARE_COMMA = /^\s*,\s*(?:the\s+|his\s+|her\s+|its\s+|their\s+)?$/;

/**
 * Indices of the coordination containing mentions[index], in order. A bare comma joins only
 * inside a list closed by "and"/"or" ("A, B and C"); otherwise it ends an aside ("with X, the
 * minister said").
 */
export function coordinationAt(
  sentence: string,
  mentions: readonly ResolvedMention[],
  index: number,
): number[] {
  const all = chain(sentence, mentions, index);
  const gaps = all
    .slice(1)
    .map((k, n) => sentence.slice(mentions[all[n] ?? k]?.end ?? 0, mentions[k]?.start ?? 0));
  const after = sentence.slice(mentions[all.at(-1) ?? index]?.end ?? 0);
  // "A, B, C and about 16 other countries" closes the list too.
  const closedLater = /^\s*,?\s*(?:and|or)\s/i.test(after);
  if (gaps.every((g) => !BARE_COMMA.test(g)) || !BARE_COMMA.test(gaps.at(-1) ?? "") || closedLater)
    return all;
  // An open list: split at the bare commas and keep the piece holding `index`.
  let piece: number[] = [];
  for (const [n, k] of all.entries()) {
    if (n > 0 && BARE_COMMA.test(gaps[n - 1] ?? "")) {
      if (piece.includes(index)) return piece;
      piece = [];
    }
    piece.push(k);
  }
  return piece;
}

function chain(sentence: string, mentions: readonly ResolvedMention[], index: number): number[] {
  const group = [index];
  for (let k = index; k > 0; k--) {
    const a = mentions[k - 1];
    const b = mentions[k];
    if (!a || !b || !joined(sentence, a, b)) break;
    group.unshift(k - 1);
  }
  for (let k = index; k < mentions.length - 1; k++) {
    const a = mentions[k];
    const b = mentions[k + 1];
    if (!a || !b || !joined(sentence, a, b)) break;
    group.push(k + 1);
  }
  return group;
}
