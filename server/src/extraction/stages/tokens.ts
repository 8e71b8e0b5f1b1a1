/** Word and punctuation tokens with offsets; the unit every matcher walks over. */
import type { Token } from "../types.js";

const TOKEN = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*|\p{N}+(?:[.,]\p{N}+)*|[^\s\p{L}\p{M}\p{N}]/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    const start = m.index ?? 0;
    const first = t[0] ?? "";
    const isWord = /[\p{L}\p{N}]/u.test(first);
    tokens.push({
      start,
      end: start + t.length,
      text: t,
      lower: t.toLowerCase(),
      isWord,
      capitalised: isWord && first !== first.toLowerCase(),
    });
  }
  return tokens;
}

/** The key a phrase is indexed under: lower-case tokens joined by spaces. */
export function phraseKey(phrase: string): string {
  return tokenize(phrase.replace(/[\u2018\u2019]/g, "'"))
    .map((t) => t.lower)
    .join(" ");
}
