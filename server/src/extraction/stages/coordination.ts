/** Which mentions are joined by "and", commas or "X- and Y-": one argument of several actors. */
import type { ResolvedMention } from "../types.js";

const JOINER =
  /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|as\s+well\s+as\s+|&\s*|,?\s*along\s+with\s+|-\s*(?:and\s+)?|-)(?:the\s+|his\s+|her\s+|its\s+|their\s+)?(?:(?:paramilitary|rebel|militant|armed|rival|opposing|islamist|separatist|regular|allied|neighbouring|neighboring)\s+)?$/i;

export function joined(sentence: string, left: ResolvedMention, right: ResolvedMention): boolean {
  if (right.start < left.end) return false;
  // ", they had ..." starts a clause; a pronoun after a bare comma is not a list member.
  if (right.via.startsWith("pronoun:") && /^\s*,\s*$/.test(sentence.slice(left.end, right.start)))
    return false;
  return JOINER.test(sentence.slice(left.end, right.start));
}

/** Indices of the coordination containing mentions[index], in order. */
export function coordinationAt(
  sentence: string,
  mentions: readonly ResolvedMention[],
  index: number,
): number[] {
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
