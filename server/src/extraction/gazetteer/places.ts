/**
 * Places standing for the state that holds them ("the city of Goma" → COD), read lazily
 * from the generated table on first use. Keys are lower-case and accent-free, so
 * "Khan Yunis" finds "Khān Yūnis".
 */
import { PLACES_TSV } from "./places-data.js";

export interface PlaceIndex {
  byKey: ReadonlyMap<string, { name: string; code: string }>;
  /** Longest name, in words, per first word. */
  maxWordsAfter: ReadonlyMap<string, number>;
}

export function foldPlace(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

let index: PlaceIndex | undefined;

export function places(): PlaceIndex {
  if (index) return index;
  const byKey = new Map<string, { name: string; code: string }>();
  const maxWordsAfter = new Map<string, number>();
  for (const line of PLACES_TSV.split("\n")) {
    const tab = line.indexOf("\t");
    const name = line.slice(0, tab);
    const code = line.slice(tab + 1);
    const words = foldPlace(name).split(/[\s-]+/);
    byKey.set(words.join(" "), { name, code });
    const first = words[0] ?? "";
    maxWordsAfter.set(first, Math.max(maxWordsAfter.get(first) ?? 0, words.length));
  }
  index = { byKey, maxWordsAfter };
  return index;
}
