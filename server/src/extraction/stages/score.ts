/**
 * Stage 7: one relation per (source, type, target, sentence, flags), keeping the most
 * confident reading; symmetric types are keyed as unordered pairs. Actors are gathered
 * from every mention, with the spellings seen merged into their aliases.
 */
import type { Actor } from "../../domain/actors.js";
import type { ExtractedRelation } from "../../domain/extraction.js";
import type { AnalysedSentence } from "../types.js";
import { type Candidate, isSymmetric } from "./relations.js";

function keyOf(c: Candidate): string {
  const [a, b] =
    isSymmetric(c.type) && c.target.id < c.source.id
      ? [c.target.id, c.source.id]
      : [c.source.id, c.target.id];
  return [a, c.type, b, c.sentence.start, c.negated, c.future].join("|");
}

export function dedupe(candidates: readonly Candidate[]): ExtractedRelation[] {
  const best = new Map<string, Candidate>();
  for (const c of candidates) {
    const k = keyOf(c);
    const prev = best.get(k);
    if (!prev || c.confidence > prev.confidence) best.set(k, c);
  }
  return [...best.values()].map((c) => ({
    source: c.source.id,
    type: c.type,
    target: c.target.id,
    evidence: {
      sentence: c.sentence.text,
      start: c.sentence.start,
      end: c.sentence.end,
      trigger: c.trigger,
      quote: c.quote,
      ...(c.speaker ? { speaker: c.speaker.id } : {}),
      negated: c.negated,
      future: c.future,
      confidence: Math.round(c.confidence * 1000) / 1000,
      rule: c.rule,
    },
  }));
}

export function collectActors(
  sentences: readonly AnalysedSentence[],
  candidates: readonly Candidate[],
): Actor[] {
  const byId = new Map<string, Actor>();
  const add = (a: Actor) => {
    const merged = byId.get(a.id) ?? { ...a, aliases: [...a.aliases] };
    for (const alias of a.aliases) if (!merged.aliases.includes(alias)) merged.aliases.push(alias);
    byId.set(a.id, merged);
  };
  for (const s of sentences) {
    for (const m of s.mentions) {
      // Pronouns name no one new; a title ("the Iranian President") names its holder.
      if (m.anaphoric && m.via !== "anaphor:title") continue;
      for (const a of m.actors) add(a);
    }
  }
  for (const c of candidates) {
    add(c.source);
    add(c.target);
    if (c.speaker) add(c.speaker);
  }
  return [...byId.values()];
}
