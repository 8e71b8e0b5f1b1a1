/** Clause edges and the grammatical cues the relation engine reads around a trigger. */
import type { RelationType } from "../../domain/relations.js";

const CLAUSE_BREAK =
  /[;:]|\s-\s|,\s*and\s+(?:they|he|she|it|we)\s|\s(?:but|while|whereas|although|though|because|after|before|when|amid|despite|which|who|whose|where|adding|saying|noting|stressing|calling|indicating|emphasi[sz]ing|warning|urging|so\s+that|and\s+(?:said|stressed|added|called|urged|warned)|since|following|as\s+(?:fighting|tensions|the))\b/gi;

/** End of the clause that starts at `from` (exclusive), capped so objects stay near their verb. */
export function clauseEnd(sentence: string, from: number, cap = 160): number {
  CLAUSE_BREAK.lastIndex = from;
  const m = CLAUSE_BREAK.exec(sentence);
  const end = m ? m.index : sentence.length;
  return Math.min(end, from + cap);
}

function clauseStart(sentence: string, before: number): number {
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    if (m.index >= before) break;
    start = m.index + m[0].length;
  }
  return start;
}

/** Prepositions that put a mention into an adjunct rather than the subject. */
export const IN_PHRASE =
  /\b(?:of|with|to|for|on|against|by|from|in|at|between|about|over|toward|towards|into|among|amid|than|like|via|through|under|after|before|including|upon|within|across|beside|behind|near|without|and\s+between)\s+(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+|their\s+|both\s+)?$/i;

const NEGATION =
  /\b(?:not|never|no\s+longer|neither|nor|without|refus(?:ed|es|ing)\s+to|declined\s+to|fail(?:ed|s)\s+to|den(?:ied|ies|y|ying)\s+(?:(?:the\s+)?(?:reports?|claims?|allegations?|accusations?|charges?)\s+)?that|den(?:ied|ies|y|ying)(?=\s+(?:ever\s+)?(?:having\s+)?(?:[a-z]+ing\b|$))|n't)\b[^,;]*$|n't\s+(?:[\w-]+\s+){0,2}$/i;

/** Words that make an event planned, expected or conditional rather than asserted. */
// Case-sensitive on purpose: an infinitive "to" is followed by a lower-case verb, "to Indian airlines" is not one.
const FUTURE_EVENT =
  /(?:\b(?:will|would|shall|going\s+to|plans?\s+to|planning\s+to|intends?\s+to|expected\s+to|set\s+to|due\s+to|could|might|may|[Ii]f|[Uu]nless|[Mm]aybe|scheduled\s+to|hopes?\s+to|wants?\s+to)\b|'ll\b)\s+(?:[\w-]+\s+){0,4}$|\b(?<!managed\s|continued\s|began\s|started\s|continues\s|went\s+on\s)to\s+(?:(?!(?:the|a|an|his|her|its|their|this|that)\b)[a-z][\w-]*\s+(?:[\w-]+\s+){0,4})?$/;
/** A stance ("will support", "vowed to defend") is asserted when voiced; only a condition suspends it. */
const FUTURE_STANCE = /\b(?:if|unless|whether)\b(?![^;]*\bthen\b)[^;]*$/i;

const EVENT_TYPES: ReadonlySet<RelationType> = new Set([
  "TALKS_WITH",
  "MEDIATES",
  "AGREES_WITH",
  "PROVIDES_AID",
  "DECLARES_CEASEFIRE",
  "ATTACKS",
  "SANCTIONS",
]);

/** "denied planting the mines and fired shells": a finite verb joined after the denied gerund is asserted. */
const JOINED_FINITE = /\band\s+(?:then\s+|later\s+|also\s+)?(?!(?:having|been|being)\b)[a-z]+ed\s+(?!by\b)/;

export function isNegated(sentence: string, triggerStart: number): boolean {
  const from = Math.max(clauseStart(sentence, triggerStart), triggerStart - 40);
  const before = sentence.slice(from, triggerStart);
  const m = NEGATION.exec(before);
  if (!m) return false;
  if (
    /^den/i.test(m[0]) &&
    !/\bthat\b/i.test(m[0].slice(0, 40)) &&
    JOINED_FINITE.test(before.slice(m.index) + sentence.slice(triggerStart, triggerStart + 30))
  )
    return false;
  return true;
}

/** "managed ... to destroy", "went on to", "prompting the South to fire back": the infinitive reports what happened. */
const ACHIEVED =
  /\b(?:managed|continued|began|started|went\s+on|succeeded|was\s+able|were\s+able|prompt(?:ed|ing)\s+(?:[\w'-]+\s+){1,4}to\s+(?:[\w-]+\s+){0,2}$)/;

export function isFuture(sentence: string, triggerStart: number, type: RelationType): boolean {
  const from = Math.max(clauseStart(sentence, triggerStart), triggerStart - 90);
  const before = sentence.slice(from, triggerStart);
  if (FUTURE_STANCE.test(before)) return true;
  return EVENT_TYPES.has(type) && FUTURE_EVENT.test(before) && !ACHIEVED.test(before);
}

export function inQuote(sentence: string, at: number): boolean {
  let quotes = 0;
  for (let i = 0; i < at; i++) if (sentence.charCodeAt(i) === 34) quotes++;
  return quotes % 2 === 1;
}

export const REPORTING =
  /\b(?:said|says|say|stated|states|added|adds|stressed|stresses|noted|notes|announced|told|claimed|claims|reported|indicated|affirmed|confirmed|insisted|declared|explained|wrote|tweeted|emphasi[sz]ed|emphasi[sz]es|argued|charged|alleged|vowed|vows|according\s+to)\b/gi;
