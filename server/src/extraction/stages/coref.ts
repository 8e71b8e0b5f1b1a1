/**
 * Stage 5: coreference. Pronouns and descriptions take the most recent fitting actor
 * ("he" → last person, "its" → last non-person, "the ministry" → last ministry, "the
 * Iranian President" → the person in that office); group references ("the two sides")
 * take the parties of the conflict, found as the pair most often joined in the article
 * ("between A and B", "A-B", "A and B").
 */
import type { Actor } from "../../domain/actors.js";
import type { Office } from "../gazetteer/office-holder.js";
import type { PersonIndex } from "../gazetteer/persons.js";
import type { Mention, ResolvedMention, Sentence } from "../types.js";
import { joined } from "./coordination.js";
import { affiliationActor, holderOf } from "./resolve.js";

interface Seen {
  actor: Actor;
  office?: Office;
}

/** Expletive "it": "it is not possible", "it was unclear". */
const EXPLETIVE_IT = /^\s*(?:is|was|'s|has\s+been|remains|seems|appears|would\s+be|will\s+be)\b/i;

function direct(m: Mention): ResolvedMention | undefined {
  if (m.ref.kind === "actor") {
    return { start: m.start, end: m.end, text: m.text, actors: [m.ref.actor], certainty: m.ref.certainty, via: m.ref.via, possessive: m.possessive, place: false, anaphoric: false };
  }
  if (m.ref.kind === "place") {
    const actor = affiliationActor(m.ref.affiliation);
    if (!actor) return undefined;
    return { start: m.start, end: m.end, text: m.text, actors: [actor], certainty: 0.7, via: m.ref.via, possessive: m.possessive, place: true, anaphoric: false };
  }
  return undefined;
}

/** The two actors most often joined as a pair in the article: the parties of the conflict. */
export function findParties(sentences: readonly Sentence[], mentions: readonly Mention[][]): [Actor, Actor] | undefined {
  const scores = new Map<string, { score: number; first: number; pair: [Actor, Actor] }>();
  let order = 0;
  sentences.forEach((s, si) => {
    const resolved = (mentions[si] ?? []).map(direct);
    for (let k = 0; k + 1 < resolved.length; k++) {
      const a = resolved[k];
      const b = resolved[k + 1];
      if (!a || !b || !joined(s.text, a, b)) continue;
      // A list of three or more is not a pair.
      const c = resolved[k + 2];
      const z = resolved[k - 1];
      if ((c && joined(s.text, b, c)) || (z && joined(s.text, z, a))) continue;
      const [x] = a.actors;
      const [y] = b.actors;
      if (!x || !y || x.affiliation === y.affiliation) continue;
      const before = s.text.slice(Math.max(0, a.start - 12), a.start).toLowerCase();
      const between = s.text.slice(a.end, b.start);
      const weight = /between\s+(?:the\s+)?$/.test(before) ? 3 : between.trim() === "-" ? 2 : 1;
      const key = [x.affiliation, y.affiliation].sort().join("|");
      const entry = scores.get(key) ?? { score: 0, first: order++, pair: [x, y] };
      entry.score += weight;
      scores.set(key, entry);
    }
  });
  let best: { score: number; first: number; pair: [Actor, Actor] } | undefined;
  for (const e of scores.values()) {
    if (!best || e.score > best.score || (e.score === best.score && e.first < best.first)) best = e;
  }
  return best?.pair;
}

export function resolveCoreference(
  sentences: readonly Sentence[],
  mentions: readonly Mention[][],
  persons: PersonIndex,
): ResolvedMention[][] {
  const parties = findParties(sentences, mentions);
  const seen: Seen[] = [];
  let lastGroup: Actor[] | undefined;
  const lastWhere = (test: (s: Seen) => boolean): Seen | undefined => {
    for (let k = seen.length - 1; k >= 0; k--) {
      const s = seen[k];
      if (s && test(s)) return s;
    }
    return undefined;
  };
  const out: ResolvedMention[][] = [];
  sentences.forEach((sentence, si) => {
    const resolved: ResolvedMention[] = [];
    for (const m of mentions[si] ?? []) {
      const d = direct(m);
      if (d) {
        resolved.push(d);
        const office = m.ref.kind === "actor" ? m.ref.office : undefined;
        for (const a of d.actors) seen.push({ actor: a, ...(office ? { office } : {}) });
        const prev = resolved.at(-2);
        if (prev && joined(sentence.text, prev, d)) lastGroup = [...prev.actors, ...d.actors];
        continue;
      }
      const ref = m.ref;
      let actors: Actor[] = [];
      let certainty = 0.7;
      if (ref.kind === "parties") {
        actors = parties ? [...parties] : [];
        certainty = 0.75;
        if (actors.length) lastGroup = actors;
      } else if (ref.kind === "anaphor") {
        switch (ref.form) {
          case "person":
          case "speaker": {
            if (ref.office || ref.affiliation) {
              const fit = (s: Seen) =>
                s.actor.kind === "person" &&
                (!ref.affiliation || s.actor.affiliation === ref.affiliation) &&
                (!ref.office || ref.office === "other" ? /minister|secretary|diplomat/i.test(s.actor.role ?? "") || !ref.office : s.office === ref.office);
              const hit = lastWhere(fit);
              const table = ref.affiliation && ref.office && ref.office !== "other" ? holderOf(ref.affiliation, ref.office, persons) : undefined;
              const state = ref.affiliation ? affiliationActor(ref.affiliation) : undefined;
              const chosen = hit?.actor ?? table?.actor ?? state;
              if (chosen) {
                actors = [chosen];
                certainty = hit ? 0.8 : table ? table.certainty : 0.6;
                seen.push({ actor: chosen, ...(ref.office ? { office: ref.office } : {}) });
              }
            } else {
              const hit = lastWhere((s) => s.actor.kind === "person");
              if (hit) actors = [hit.actor];
            }
            break;
          }
          case "thing": {
            if (m.text.toLowerCase() === "it" && EXPLETIVE_IT.test(sentence.text.slice(m.end))) break;
            const kind = ref.bodyClass === "ministry" ? "government_body" : ref.bodyClass === "armed_forces" ? "armed_force" : undefined;
            const hit = lastWhere((s) => (kind ? s.actor.kind === kind : s.actor.kind !== "person"));
            if (hit) actors = [hit.actor];
            break;
          }
          case "country": {
            const hit = lastWhere(() => true);
            // "his country's readiness": the person speaks for the country; the gold keeps the person.
            if (hit && m.possessive && hit.actor.kind === "person") actors = [hit.actor];
            else if (hit) {
              const state = affiliationActor(hit.actor.affiliation);
              if (state) actors = [state];
            }
            break;
          }
          case "plural":
            actors = lastGroup ?? (parties ? [...parties] : []);
            certainty = 0.6;
            break;
        }
      }
      if (actors.length === 0) continue;
      resolved.push({ start: m.start, end: m.end, text: m.text, actors, certainty, via: ref.via, possessive: m.possessive, place: false, anaphoric: true });
    }
    out.push(resolved);
  });
  return out;
}

