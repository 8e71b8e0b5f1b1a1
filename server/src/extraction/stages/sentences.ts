/**
 * Stage 2: sentence boundaries. A full stop ends a sentence unless it closes a known
 * abbreviation ("U.S.", "Mr.", "Gen."), an initial ("J. Smith") or a number; newlines
 * always end one, since headlines and paragraphs carry no final stop.
 */
import type { Sentence } from "../types.js";

const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "gen",
  "lt",
  "col",
  "maj",
  "capt",
  "sgt",
  "adm",
  "sen",
  "rep",
  "gov",
  "st",
  "jr",
  "sr",
  "no",
  "vs",
  "etc",
  "inc",
  "ltd",
  "co",
  "corp",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "mt",
  "ft",
  "approx",
  "dept",
  "est",
  "fig",
  "al",
  "rev",
  "hon",
  "pres",
  "amb",
  "min",
]);

const CANDIDATE_END = /\n|[.!?]["')\]]*(?=[ \n]|$)/g;

/** Longest sentence we hand to later stages: longer runs are cut so work stays linear. */
const MAX_SENTENCE = 2_000;

function endsWithAbbreviation(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[A-Za-z]/.test(text[i] ?? "")) i--;
  const word = text.slice(i + 1, dot);
  if (word.length === 0) return false;
  // "U.S." / "E.U.": a single letter preceded by another dotted letter.
  if (word.length === 1) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? "")) s++;
    while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
    for (let cut = s; cut < e; cut += MAX_SENTENCE) {
      const ce = Math.min(e, cut + MAX_SENTENCE);
      sentences.push({ start: cut, end: ce, text: text.slice(cut, ce) });
    }
    start = end;
  };
  // Only candidate ends are visited: a newline, or a stop/question/exclamation mark (with closing quotes) before a space.
  for (const m of text.matchAll(CANDIDATE_END)) {
    const i = m.index;
    if (m[0] === "\n") {
      push(i);
      continue;
    }
    const j = i + m[0].length;
    if (m[0][0] === "." && endsWithAbbreviation(text, i)) {
      // An abbreviation still ends the sentence when a new one clearly starts after it.
      let k = j;
      while (text[k] === " ") k++;
      const after = text.slice(k, k + 12);
      if (
        !/^(?:The|He|She|It|They|In|On|But|A|An)\b/.test(after) ||
        /^(?:Mr|Mrs|Ms|Dr|Gen)$/i.test(text.slice(i - 3, i).trim())
      ) {
        continue;
      }
    }
    push(j);
  }
  push(text.length);
  return sentences;
}
