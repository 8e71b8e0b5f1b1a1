/**
 * Stage 5: coreference. Pronouns and descriptions take the most recent fitting actor
 * ("he" → last person, "its" → last non-person, "the ministry" → last ministry, "the
 * Iranian President" → the person in that office); group references ("the two sides")
 * take the parties of the conflict, found as the pair most often joined in the article
 * ("between A and B", "A-B", "A and B"), strengthened by conflictual relations between them.
 */
import type { Actor } from "../../domain/actors.js";
import { BODY_CLASSES } from "../gazetteer/bodies.js";
import type { Office } from "../gazetteer/office-holder.js";
import type { PersonIndex } from "../gazetteer/persons.js";
import type { Mention, ResolvedMention, Sentence } from "../types.js";
import { bodyActor } from "./bodies.js";
import { IN_PHRASE } from "./clauses.js";
import { coordinationAt, joined } from "./coordination.js";
import { affiliationActor, holderOf } from "./resolve.js";

interface Seen {
  actor: Actor;
  office?: Office;
  /** Inside a prepositional phrase: not a likely antecedent for "it". */
  adjunct: boolean;
  /** Sentence index, to keep "it" near its antecedent. */
  sentence: number;
  /** The first actor outside any phrase in its sentence: who "its Defense Ministry" most likely belongs to. */
  subject?: boolean;
}

/** Group references that mean people: the last pair of named leaders, when there is one nearby. */
/** The last two people of different sides a sentence named after its subject, if there are two. */
function twoPeopleNamed(
  resolved: readonly { actors: readonly Actor[]; anaphoric?: boolean }[],
): Actor[] | undefined {
  const named = resolved.filter((r) => !r.anaphoric);
  const people = new Map<string, Actor>();
  for (const r of named.slice(1)) for (const a of r.actors) if (a.kind === "person") people.set(a.id, a);
  const last = [...people.values()].slice(-2);
  if (last.length < 2 || last[0]?.affiliation === last[1]?.affiliation) return undefined;
  return last;
}

const PEOPLE_GROUPS = new Set([
  "the two leaders",
  "both leaders",
  "the two",
  "the heads of state",
  "the two heads of state",
  "both heads of state",
]);

/** Text after a joined pair that marks it as go-betweens rather than belligerents ("X and Y urged", "X- and Y-brokered"). */
const THIRD_PARTY_AFTER =
  /^\W{0,3}(?:-?\s*(?:brokered|mediated|led|hosted|sponsored)|mediators?|(?:have\s+|has\s+)?(?:urged?|call(?:ed)?\s+(?:on|for)|appeal|offer))/i;
const CONFLICT_AFTER =
  /^\W{0,3}(?:war|conflict|fighting|clashes|border|dispute|hostilities|tensions|confrontation)\b/i;

/** Evidence that two affiliations fight: conflictual relations found between them. */
export type ConflictEvidence = ReadonlyMap<string, number>;

export function pairKey(a: string, b: string): string {
  return [a, b].sort().join("|");
}

const LOOKBACK = 400;

/** Expletive "it": "it is not possible", "it was unclear". */
const EXPLETIVE_IT = /^\s*(?:is|was|'s|has\s+been|remains|seems|appears|would\s+be|will\s+be)\b/i;

function direct(m: Mention): ResolvedMention | undefined {
  if (m.ref.kind === "actor") {
    return {
      start: m.start,
      end: m.end,
      text: m.text,
      actors: [m.ref.actor],
      certainty: m.ref.certainty,
      via: m.ref.via,
      possessive: m.possessive,
      ...(m.modifier ? { modifier: true } : {}),
      place: false,
      anaphoric: false,
    };
  }
  if (m.ref.kind === "place") {
    const actor = affiliationActor(m.ref.affiliation);
    if (!actor) return undefined;
    return {
      start: m.start,
      end: m.end,
      text: m.text,
      actors: [actor],
      certainty: 0.7,
      via: m.ref.via,
      possessive: m.possessive,
      ...(m.modifier ? { modifier: true } : {}),
      place: true,
      anaphoric: false,
    };
  }
  return undefined;
}

/** The two actors most often joined as a pair in the article: the parties of the conflict. */
const NAMED_SIDES =
  /\b(?:parties|sides|belligerents|warring\s+parties)(?:\s+(?:of|to|in)\s+the\s+(?:conflict|war|fighting|dispute))?\s*,\s*(?:the\s+)?$/i;

export function findParties(
  sentences: readonly Sentence[],
  mentions: readonly Mention[][],
  evidence: ConflictEvidence = new Map(),
): [Actor, Actor] | undefined {
  const scores = new Map<string, { score: number; first: number; pair: [Actor, Actor] }>();
  let order = 0;
  /** The first state, group or force seen for each affiliation: who stands for it in a pair found only by its relations. */
  const representative = new Map<string, Actor>();
  sentences.forEach((s, si) => {
    const resolved = (mentions[si] ?? []).map(direct);
    for (const r of resolved) {
      const a = r?.actors[0];
      if (a && a.kind !== "person" && a.kind !== "government_body" && !representative.has(a.affiliation))
        representative.set(a.affiliation, a);
    }
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
      const after = s.text.slice(b.end, b.end + 30);
      if (THIRD_PARTY_AFTER.test(after) || /\bby\s+(?:the\s+)?$/.test(before)) continue;
      // "talks in Amman and Muscat": places where something happens, not two sides.
      if (/\b(?:in|at|near|inside|outside)\s+(?:the\s+)?$/.test(before)) continue;
      const warlike =
        x.kind === "armed_force" || x.kind === "group" || y.kind === "armed_force" || y.kind === "group";
      // "the parties of the conflict, A and B, ...": the article names the sides outright.
      const named = NAMED_SIDES.test(s.text.slice(Math.max(0, a.start - 50), a.start));
      const weight =
        (named
          ? 5
          : /between\s+(?:the\s+)?$/.test(before)
            ? 3
            : between.trim() === "-"
              ? CONFLICT_AFTER.test(after)
                ? 4
                : 2
              : 1) + (warlike ? 1 : 0);
      const key = pairKey(x.affiliation, y.affiliation);
      const entry = scores.get(key) ?? { score: 0, first: order++, pair: [x, y] };
      entry.score += weight;
      scores.set(key, entry);
    }
  });
  for (const [key, extra] of evidence) {
    const e = scores.get(key);
    if (e) e.score += extra;
    else {
      const [x, y] = key.split("|").map((code) => representative.get(code ?? ""));
      if (x && y) scores.set(key, { score: extra, first: order++, pair: [x, y] });
    }
  }
  let best: { score: number; first: number; pair: [Actor, Actor] } | undefined;
  for (const e of scores.values()) {
    if (!best || e.score > best.score || (e.score === best.score && e.first < best.first)) best = e;
  }
  // "The two sides" are sides: a pair found through two leaders stands for their states.
  const side = (a: Actor) => (a.kind === "person" ? (affiliationActor(a.affiliation) ?? a) : a);
  return best ? [side(best.pair[0]), side(best.pair[1])] : undefined;
}

const COUNTED = /^anaphor:counted:(\w+)$/;
const COUNT_WORDS = ["three", "four", "five"];

const PEOPLE_OF =
  /\b(?:leaders|presidents|ministers|heads\s+of\s+(?:state|government)|envoys|representatives|delegations|governments)\s+of\s+(?:the\s+)?$/i;

const TRAILING_REPORT = /"\s*,?\s*(?:said|says|added|adds|stated|told\s+\w+|wrote)\s+$/i;

/** The person named right after a closing quote and a reporting verb, when `at` is inside that quote. */
function trailingSpeaker(sentence: string, at: number, mentions: readonly Mention[]): Actor | undefined {
  for (const m of mentions) {
    if (m.start <= at || m.ref.kind !== "actor") continue;
    if (TRAILING_REPORT.test(sentence.slice(Math.max(at, m.start - 30), m.start))) return m.ref.actor;
  }
  return undefined;
}

export function resolveCoreference(
  sentences: readonly Sentence[],
  mentions: readonly Mention[][],
  persons: PersonIndex,
  parties: readonly [Actor, Actor] | undefined,
): ResolvedMention[][] {
  const seen: Seen[] = [];
  /** Mentions per actor, for "the foreign minister" → the most mentioned one. */
  const counts = new Map<string, { n: number; at: number; s: Seen }>();
  const note = (s: Seen) => {
    seen.push(s);
    const c = counts.get(s.actor.id);
    counts.set(s.actor.id, { n: (c?.n ?? 0) + 1, at: seen.length, s });
  };
  let lastGroup: Actor[] | undefined;
  /** The last group that acted (not one inside a phrase): "They" opening a sentence continues it. */
  let lastActingGroup: Actor[] | undefined;
  let groupActs = false;
  /** The joined list the latest mention belongs to, whole ("A, B and C"), not just its last pair. */
  let chainSoFar: Actor[] = [];
  let lastPeople: { actors: Actor[]; sentence: number } | undefined;
  let prevAdjunct = false;
  const lastWhere = (test: (s: Seen) => boolean): Seen | undefined => {
    // Antecedents lie within the last few hundred mentions; the bound keeps huge inputs linear.
    for (let k = seen.length - 1; k >= Math.max(0, seen.length - LOOKBACK); k--) {
      const s = seen[k];
      if (s && test(s)) return s;
    }
    return undefined;
  };
  /** "the foreign minister" is the article's main figure in that office more often than the last one named. */
  const mostMentioned = (test: (s: Seen) => boolean): Seen | undefined => {
    let top: { n: number; at: number; s: Seen } | undefined;
    for (const c of counts.values()) {
      if (!test(c.s)) continue;
      if (!top || c.n > top.n || (c.n === top.n && c.at > top.at)) top = c;
    }
    return top?.s;
  };
  const out: ResolvedMention[][] = [];
  sentences.forEach((sentence, si) => {
    const resolved: ResolvedMention[] = [];
    /** Members of a list joined in this sentence: "it" never points at one member of "A, B and C". */
    const listed = new Set<string>();
    for (const m of mentions[si] ?? []) {
      const d = direct(m);
      if (d) {
        resolved.push(d);
        const office = m.ref.kind === "actor" ? m.ref.office : undefined;
        const prev = resolved.at(-2);
        const joinedToPrev = prev !== undefined && joined(sentence.text, prev, d);
        // "between Armenia and Azerbaijan": the second member sits in the phrase too.
        const adjunct =
          IN_PHRASE.test(sentence.text.slice(Math.max(0, m.start - 30), m.start)) ||
          (joinedToPrev && prevAdjunct);
        prevAdjunct = adjunct;
        // "the presidents of A, B and C": a group named through its people acts, though it follows "of".
        if (!joinedToPrev)
          groupActs = !adjunct || PEOPLE_OF.test(sentence.text.slice(Math.max(0, m.start - 40), m.start));
        chainSoFar = joinedToPrev ? [...chainSoFar, ...d.actors] : [...d.actors];
        const subject = !adjunct && !resolved.slice(0, -1).some((r) => !r.anaphoric);
        for (const a of d.actors)
          note({ actor: a, adjunct, sentence: si, subject, ...(office ? { office } : {}) });
        if (prev && joinedToPrev) {
          for (const a of [...prev.actors, ...d.actors]) listed.add(a.id);
          // "A, B and C ... their support": the whole list, not its last pair.
          lastGroup = [...chainSoFar];
          if (groupActs) lastActingGroup = chainSoFar;
          if (lastGroup.every((a) => a.kind === "person")) lastPeople = { actors: lastGroup, sentence: si };
        }
        continue;
      }
      const ref = m.ref;
      let actors: Actor[] = [];
      let certainty = 0.7;
      if (ref.kind === "parties") {
        const peopleGroup = PEOPLE_GROUPS.has(m.text.toLowerCase());
        // "X spoke with A and later with B and urged both leaders ...": the two people this sentence
        // named after its subject, before any pair recalled from earlier sentences.
        const named = peopleGroup ? twoPeopleNamed(resolved) : undefined;
        const people =
          named ??
          (peopleGroup && lastPeople && si - lastPeople.sentence <= 3 ? lastPeople.actors : undefined);
        actors = people ? [...people] : parties ? [...parties] : [];
        certainty = 0.75;
        if (actors.length) lastGroup = actors;
        if (actors.length && !IN_PHRASE.test(sentence.text.slice(Math.max(0, m.start - 30), m.start)))
          lastActingGroup = actors;
      } else if (ref.kind === "anaphor") {
        // "'... I will call them,' said Anwar": inside a quote, I and we are the one named after it.
        const quoted =
          ref.form === "speaker" ? trailingSpeaker(sentence.text, m.end, mentions[si] ?? []) : undefined;
        if (quoted) {
          resolved.push({
            start: m.start,
            end: m.end,
            text: m.text,
            actors: [quoted],
            certainty: 0.8,
            via: ref.via,
            possessive: m.possessive,
            ...(m.modifier ? { modifier: true } : {}),
            place: false,
            anaphoric: true,
          });
          continue;
        }
        switch (ref.form) {
          case "person":
          case "speaker": {
            if (ref.office || ref.affiliation) {
              const fit = (s: Seen) =>
                s.actor.kind === "person" &&
                (!ref.affiliation || s.actor.affiliation === ref.affiliation) &&
                (!ref.office || ref.office === "other"
                  ? // "the Iranian ambassador" is an envoy, not whichever Iranian minister was named.
                    ref.title !== undefined && /ambassador|envoy/i.test(ref.title)
                    ? (s.actor.role ?? "").toLowerCase().includes(ref.title.toLowerCase())
                    : /minister|secretary|diplomat/i.test(s.actor.role ?? "") || !ref.office
                  : s.office === ref.office ||
                    (ref.title !== undefined && (s.actor.role ?? "").startsWith(ref.title)));
              const hit = mostMentioned(fit);
              // "the Qatari leader": whoever leads the state or group on the date.
              const leader =
                ref.affiliation && ref.title === "Leader"
                  ? (holderOf(ref.affiliation, "head_of_state", persons) ??
                    holderOf(ref.affiliation, "group_leader", persons) ??
                    holderOf(ref.affiliation, "head_of_government", persons))
                  : undefined;
              const table =
                ref.affiliation && ref.office && ref.office !== "other"
                  ? holderOf(ref.affiliation, ref.office, persons, ref.title)
                  : leader;
              const state = ref.affiliation ? affiliationActor(ref.affiliation) : undefined;
              const chosen = hit?.actor ?? table?.actor ?? state;
              if (chosen) {
                actors = [chosen];
                certainty = hit ? 0.8 : table ? table.certainty : 0.6;
                note({
                  actor: chosen,
                  adjunct: false,
                  sentence: si,
                  ...(ref.office ? { office: ref.office } : {}),
                });
              }
            } else {
              // "X spoke with A and B. He urged ...": a pronoun opening the sentence continues the last
              // sentence's subject, not whoever it named last.
              const opening = resolved.length === 0 && /^\W*$/.test(sentence.text.slice(0, m.start));
              const prevSubject = opening
                ? lastWhere((s) => s.actor.kind === "person" && s.subject === true && si - s.sentence === 1)
                : undefined;
              const hit = prevSubject ?? lastWhere((s) => s.actor.kind === "person");
              if (hit) actors = [hit.actor];
            }
            break;
          }
          case "thing": {
            if (m.text.toLowerCase() === "it" && EXPLETIVE_IT.test(sentence.text.slice(m.end))) break;
            const kind = ref.ownedBody
              ? undefined
              : ref.bodyClass === "ministry"
                ? "government_body"
                : ref.bodyClass === "armed_forces"
                  ? "armed_force"
                  : ref.bodyClass === "group"
                    ? "group"
                    : undefined;
            // "kidnapped by Hamas during its attack": a close mention in the same sentence wins; else a recent subject.
            const close = resolved.at(-1);
            const closeActor = close?.actors.length === 1 ? close.actors[0] : undefined;
            // "The Council condemned X and demanded that Y withdraw. It also condemned ...": a sentence-initial
            // "It" continues the previous sentence's subject, not its last object.
            const continued =
              !kind && !ref.ownedBody && !m.possessive && m.start === 0
                ? lastWhere((s) => s.subject === true && s.actor.kind !== "person" && s.sentence === si - 1)
                : undefined;
            const hit = continued
              ? continued
              : !kind &&
                  (m.possessive || ref.ownedBody) &&
                  close &&
                  closeActor &&
                  closeActor.kind !== "person" &&
                  m.start - close.end <= 40
                ? { actor: closeActor }
                : (lastWhere((s) =>
                    kind
                      ? s.actor.kind === kind
                      : s.actor.kind !== "person" &&
                        !s.adjunct &&
                        si - s.sentence <= 1 &&
                        !(s.sentence === si && listed.has(s.actor.id)),
                  ) ??
                  // "A, B and C cut ties with D, accusing it of ...": past the list, the one it acted on.
                  (listed.size > 0
                    ? lastWhere(
                        (s) => s.actor.kind !== "person" && s.sentence === si && !listed.has(s.actor.id),
                      )
                    : undefined));
            const owned = ref.ownedBody ? BODY_CLASSES.find((b) => b.id === ref.bodyClass) : undefined;
            // A body belongs to the state the clause is about: the latest sentence subject, else the nearest actor.
            const owner = owned
              ? (lastWhere((s) => s.subject === true && s.actor.kind !== "person" && si - s.sentence <= 1) ??
                hit)
              : hit;
            if (owner)
              actors = [owned ? (bodyActor(owner.actor.affiliation, owned) ?? owner.actor) : owner.actor];
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
          case "plural": {
            // "their readiness" right after "the ministers and the EU chief ...": the latest group in this sentence.
            const here = resolved.at(-1);
            actors =
              here &&
              here.actors.length > 0 &&
              !here.via.startsWith("pronoun:") &&
              !IN_PHRASE.test(sentence.text.slice(Math.max(0, here.start - 30), here.start))
                ? [...here.actors]
                : (lastGroup ?? (parties ? [...parties] : []));
            // "X received a call from Y, during which they discussed ...": the two this sentence brought together.
            const together = [...new Map(resolved.flatMap((r) => r.actors).map((a) => [a.id, a])).values()];
            if (
              here &&
              m.text.toLowerCase() === "they" &&
              /\b(?:(?:during|in|after|at)\s+which|where)\s+$/i.test(
                sentence.text.slice(Math.max(0, m.start - 20), m.start),
              ) &&
              new Set(together.map((a) => a.affiliation)).size >= 2
            )
              actors = together;
            // "They urged ..." opening a sentence: the group that acted last, not the one it acted upon.
            // "The three leaders" is the last group that acted when it has three members.
            const counted = COUNTED.exec(ref.via)?.[1];
            if (counted) {
              const n = COUNT_WORDS.indexOf(counted) + 3;
              actors = lastActingGroup?.length === n ? [...lastActingGroup] : [];
            }
            if (!here && m.text.toLowerCase() === "they") {
              if (lastActingGroup) actors = [...lastActingGroup];
              lastActingGroup = actors;
            }
            // "X condemned the attack of A on B, and they called ...": a coordinated clause keeps the sentence's subject.
            const firstAt = resolved.findIndex((r) => !r.possessive && !r.via.startsWith("pronoun:"));
            const first = resolved[firstAt];
            if (
              first &&
              m.text.toLowerCase() === "they" &&
              /,\s*and\s+(?:also\s+|then\s+)?$/i.test(
                sentence.text.slice(Math.max(0, m.start - 12), m.start),
              ) &&
              first.actors.length > 0
            ) {
              const members = coordinationAt(sentence.text, resolved, firstAt);
              const list = members.flatMap((k) => resolved[k]?.actors ?? []);
              actors = [...new Map(list.map((a) => [a.id, a])).values()];
              certainty = 0.6;
              break;
            }
            if (here && resolved.length >= 2) {
              // "A, B and C announced their ...": the whole list just named.
              const members = coordinationAt(sentence.text, resolved, resolved.length - 1);
              if (members.length >= 2) {
                const list = members.flatMap((k) => resolved[k]?.actors ?? []);
                actors = [...new Map(list.map((a) => [a.id, a])).values()];
              }
            }
            certainty = 0.6;
            break;
          }
        }
      }
      if (actors.length === 0) continue;
      resolved.push({
        start: m.start,
        end: m.end,
        text: m.text,
        actors,
        certainty,
        via: ref.via,
        possessive: m.possessive,
        ...(m.modifier ? { modifier: true } : {}),
        place: false,
        anaphoric: true,
      });
    }
    out.push(resolved);
  });
  return out;
}
