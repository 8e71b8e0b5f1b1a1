/**
 * Stage 6: relations. Applies each rule's trigger to each sentence and fills the
 * arguments from the resolved mentions around it: the subject before the trigger (or
 * the agent after "by"), the object after it within the clause, "between A and B", or
 * the parties of the conflict when the text leaves them implicit. Every candidate keeps
 * the rule that made it, the trigger words, and the negation/modality/quote flags.
 */
import type { Actor } from "../../domain/actors.js";
import type { RelationType } from "../../domain/relations.js";
import { RELATIONS } from "../../domain/relations.js";
import type { RelationRule } from "../rules/rule.js";
import type { AnalysedSentence, ResolvedMention } from "../types.js";
import { clauseEnd, IN_PHRASE, inQuote, isFuture, isNegated, REPORTING } from "./clauses.js";
import { coordinationAt } from "./coordination.js";
import { pairKey } from "./coref.js";
import { affiliationActor } from "./resolve.js";

export interface Candidate {
  source: Actor;
  target: Actor;
  type: RelationType;
  sentence: AnalysedSentence;
  trigger: string;
  quote: boolean;
  speaker?: Actor;
  negated: boolean;
  future: boolean;
  confidence: number;
  rule: string;
}

interface Group {
  actors: Actor[];
  certainty: number;
  /** Offset of the group's first mention in the sentence. */
  at: number;
}

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;
/** Each recalled attack is read for a charge at most once. */
const CLAIMED = new WeakMap<Candidate, boolean>();
/**
 * An attack a party only claims — reported by a speaker, or the charge of an accusation ("accused the South of
 * firing") — or a response ("returned fire"): "condemned the attack" is about the attack that started it.
 */
function claimedAttack(c: Candidate): boolean {
  if (c.speaker || c.rule === "att.returned-fire") return true;
  const known = CLAIMED.get(c);
  if (known !== undefined) return known;
  const claimed = chargedIn(c);
  CLAIMED.set(c, claimed);
  return claimed;
}

function chargedIn(c: Candidate): boolean {
  if (!/\b(?:accus|blam)/i.test(c.sentence.text)) return false;
  const trigger = c.trigger.replace(REGEX_SPECIAL, "\\$&");
  return new RegExp(
    String.raw`\b(?:accus|blam)\w*\b[^.;]{0,60}?\b(?:of|for)\s+(?:[\w-]+\s+){0,2}?${trigger}`,
    "i",
  ).test(c.sentence.text);
}

const STANCE_MODAL = /\b(?:will|would|shall|is|are|remains?|stands?)\b[^,;]*$/i;
/**
 * All matches of a global pattern. `matchAll` clones the RegExp on every call, which costs more
 * than the match itself for rules × sentences; exec on the shared pattern does not (it is reset first).
 */
function matches(pattern: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push(m);
    if (m[0].length === 0) pattern.lastIndex++;
  }
  pattern.lastIndex = 0;
  return out;
}

const DEFINITE_TALKS =
  /\b(?:the|these|those)\s+(?:[\w-]+\s+)?(?:talks|negotiations|consultations|meeting|dialogue)\b/i;
const AUXILIARY = /^(?:must|should|will|would|has|have|had|is|are|was|were|can|could|may|might)\b/i;
const RELATIVE = /^\s*,?\s*(?:that|which|who|whose\s+[\w-]+)\s+(?:[\w-]+\s+){0,3}$/i;

function group(sentence: AnalysedSentence, index: number): Group {
  const members = coordinationAt(sentence.text, sentence.mentions, index)
    .map((k) => sentence.mentions[k])
    .filter((m): m is ResolvedMention => m !== undefined);
  const actors: Actor[] = [];
  for (const m of members) for (const a of m.actors) if (!actors.some((x) => x.id === a.id)) actors.push(a);
  return { actors, certainty: Math.min(...members.map((m) => m.certainty)), at: members[0]?.start ?? 0 };
}

function inPhrase(sentence: AnalysedSentence, index: number): boolean {
  const members = coordinationAt(sentence.text, sentence.mentions, index);
  const first = sentence.mentions[members[0] ?? index];
  if (!first) return false;
  return IN_PHRASE.test(sentence.text.slice(Math.max(0, first.start - 30), first.start));
}

const LIGHT_VERB =
  /\b(?:launch|carr(?:y|ied|ies)\s+out|conduct|commit|step(?:ped|s)?\s+up|continu|indicat|announc|report|claim|intensif|resum|order)\w*\b/i;

/** The owner of a noun trigger: its possessor or modifier, or a subject that launched or reported it. */
function ownerBefore(sentence: AnalysedSentence, at: number): Group | undefined {
  const owner = glued(sentence, at);
  if (owner) return owner;
  const subject = subjectBefore(sentence, at);
  if (!subject) return undefined;
  const last = sentence.mentions.filter((m) => m.end <= at).at(-1);
  return LIGHT_VERB.test(sentence.text.slice(last?.end ?? subject.at, at)) ? subject : undefined;
}

function lastBefore(sentence: AnalysedSentence, at: number): number {
  const ms = sentence.mentions;
  let last = -1;
  for (let k = 0; k < ms.length; k++) if ((ms[k]?.end ?? Number.POSITIVE_INFINITY) <= at) last = k;
  return last;
}

/** A mention glued to the trigger: possessor ("Israel's ... aggression"), modifier ("EU sanctions") or relative-clause head. */
function glued(sentence: AnalysedSentence, at: number): Group | undefined {
  const last = lastBefore(sentence, at);
  const near = sentence.mentions[last];
  if (near && !near.place) {
    const gap = sentence.text.slice(near.end, at);
    // "EU sanctions", "Israel's aggression": glued modifiers act even inside a phrase; a verb ("... between A and B must") needs a real subject.
    const verbal = AUXILIARY.test(sentence.text.slice(at, at + 12));
    if (
      (near.possessive && gap.length <= 25 && !/[,;]/.test(gap)) ||
      (/^\s?$/.test(gap) && !(verbal && inPhrase(sentence, last))) ||
      RELATIVE.test(gap)
    )
      return group(sentence, last);
  }
  return undefined;
}

const ASIDE_CLOSE = /,\s*(?:(?:also|then|later|had|has|have|[a-z]+ly)\s+){0,2}$/;
const ASIDE_OPENER = /,\s+(?:the|a|an|who|which|whose|its|his|her|their)\s/g;

/** Where an appositive or relative aside that ends right before `at` opens, if one does. */
function asideOpen(text: string, at: number): number | undefined {
  const close = ASIDE_CLOSE.exec(text.slice(0, at));
  if (!close) return undefined;
  // The aside that closes here is the last one opened: "A, which B visited, welcomed ..., and C, the ally of D, praised".
  let open: number | undefined;
  for (const m of text.slice(0, close.index).matchAll(ASIDE_OPENER)) open = m.index;
  return open;
}

/** A lower-case noun, then "who/that/which", right before the trigger ("rebels who threaten"); reporting verbs before "that" excluded. */
const NON_ACTOR_RELATIVE =
  /\b(?!(?:said|says|stated|claimed|claims|reported|announced|added|noted|warned|insisted|denied|argued|believes?|believed|confirmed|stressed|so|such|now|and|but|or|than|fact|hope|clear)\b)[a-z][\w-]*\s+(?:who|that|which)\s+(?:[a-z]+ly\s+)?$/;

/** Right before a second verb: "..., and (also) demanded", "... and urged"; or a participle after a comma (", calling on"). */
const JOINED_VERB = /(?:\band\s+(?:also\s+|then\s+|later\s+|further\s+)?|,\s*)$/;
/** A finite past-tense verb right after a subject, across an aside: "X, the foreign minister, accused". */
const VERB_NEXT =
  /^(?:\s*,[^,.;]{1,90},)?\s+(?:has\s+|have\s+|had\s+|also\s+|strongly\s+|firmly\s+|sharply\s+|on\s+\w+\s+)?(?!(?:led|based|backed)\b)[a-z]+ed\b/;

/**
 * The subject of a verb coordinated with an earlier one: the nearest actor before the trigger that is
 * directly followed by a past-tense verb (the actors after that verb are its objects). Undefined when
 * the trigger is not a joined verb.
 */
function sharedSubject(sentence: AnalysedSentence, at: number, last: number): Group | undefined {
  const text = sentence.text;
  const joined = JOINED_VERB.exec(text.slice(Math.max(0, at - 30), at));
  // "thanked X for hosting and supporting": a gerund after "and" continues the object, not the clause.
  const gerund = /^[a-z]+ing\b/i.test(text.slice(at));
  if (!joined || (/and/.test(joined[0]) ? gerund : !gerund)) return undefined;
  const ms = sentence.mentions;
  // The nearest actor followed by its own verb: "when the rebels advanced and seized" keeps the rebels.
  for (let k = last; k >= 0; k--) {
    const m = ms[k];
    if (!m || m.possessive || m.place || m.modifier || inPhrase(sentence, k)) continue;
    if (!VERB_NEXT.test(text.slice(m.end, at))) continue;
    // The first verb must lie between this actor and the trigger, with no sentence-level break.
    if (/[;:]/.test(text.slice(m.end, at))) return undefined;
    return group(sentence, k);
  }
  return undefined;
}

/** The actor that does what the trigger at `at` says: possessor, nominal modifier, relative-clause head, or nearest subject. */
function subjectBefore(sentence: AnalysedSentence, at: number): Group | undefined {
  const ms = sentence.mentions;
  const last = lastBefore(sentence, at);
  const owner = glued(sentence, at);
  if (owner) return owner;
  // "rebels who threaten X", "the group that ambushed X": a relative clause whose head is no actor has no actor subject.
  const head = NON_ACTOR_RELATIVE.exec(sentence.text.slice(Math.max(0, at - 60), at));
  if (head && (ms[last]?.end ?? 0) <= at - head[0].length) return undefined;
  // "A, the prime minister of B, hosted ...", "A, who visited B, also met ...": the subject precedes the aside.
  const open = asideOpen(sentence.text, at);
  if (open !== undefined) {
    const before = subjectBefore(sentence, open);
    if (before) return before;
  }
  // "X accused Y of ..., and demanded its withdrawal", "X condemned Y, calling on ...": a second verb
  // joined to the first shares its subject, not the first verb's object.
  const shared = sharedSubject(sentence, at, last);
  if (shared) return shared;
  for (let k = last; k >= 0; k--) {
    const m = ms[k];
    // Places are where things happen, not who acts; "Chinese tourists" are not China.
    if (!m || m.possessive || m.place || m.modifier) continue;
    if (inPhrase(sentence, k)) continue;
    return group(sentence, k);
  }
  // "In a call with X, the minister stressed ...": the subject follows an introductory phrase.
  const firstComma = sentence.text.indexOf(",");
  if (!/^(?:in|during|after|following|at|on|speaking|before)\b/i.test(sentence.text) || firstComma < at)
    return undefined;
  for (let k = last + 1; k < ms.length; k++) {
    const m = ms[k];
    if (!m || inPhrase(sentence, k) || m.possessive) continue;
    if (/,/.test(sentence.text.slice(at, m.start))) return group(sentence, k);
    break;
  }
  return undefined;
}

/** Mentions after a locative preposition are settings ("talks in Brussels"), not objects — except for attacks. */
const LOCATIVE = /\b(?:in|at|near|outside|inside)\s+(?:the\s+)?(?:[\w-]+\s+)?$/i;
const AGENT =
  /\b(?:by|(?:under|through|via|thanks\s+to|with|after|following)\s+the\s+(?:auspices|mediation|aegis|good\s+offices)\s+of)\s+(?:the\s+)?$/i;
/** "..., the ministry said.": a reporter closing the sentence. */
const TRAILING_REPORT =
  /^\s*(?:said|says|stated|added|announced|reported|confirmed|told\s+[^.;]{0,30})\s*[.;]?\s*$/i;
/** "through Qatari and Egyptian mediation": mediators named before the noun are not objects either. */
const MEDIATOR_AFTER = /^\s*(?:'s?\s+)?(?:and\s+[\w-]+\s+)?(?:mediation|mediators?|good\s+offices)\b/i;
const PROCESS_NAME =
  /^\s+(?:peace\s+)?(?:process|format|talks|agreements?|accords?|declaration|summit|framework|initiative|group|conventions?|treaty|protocol|document|memorandum|charter|communiqu[eé])\b/i;
/** "condemned the illegal actions by X", "backed the steps taken by X": the agent owns the object and is the target. */
const OWNED_BY =
  /^\s*(?:what\s+(?:it|they|he|she)\s+(?:called|described\s+as)\s+)?(?:the\s+|its\s+|their\s+|recent\s+)?(?:[\w-]+\s+){0,4}?(?:actions?|steps|measures|moves?|attacks?|provocations?|behaviou?r|conduct|activities|violations|aggression|policies|decision|manoeuvres|maneuvers|drills|incursions?|escalation|language|rhetoric|remarks|statements?|comments|threats|claims|accusations|stance|interference)\s+(?:(?:on|against|in|near|at)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?)?(?:taken\s+|carried\s+out\s+|committed\s+|undertaken\s+|launched\s+|used\s+|made\s+|issued\s+|adopted\s+|voiced\s+)?by\s+(?:the\s+)?$/i;

function firstAfter(
  sentence: AnalysedSentence,
  from: number,
  to: number,
  skip: ReadonlySet<string>,
  objectOf?: RelationType,
): Group | undefined {
  const ms = sentence.mentions;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (!m || m.start < from || m.start >= to) continue;
    if (m.actors.every((a) => skip.has(a.id))) continue;
    // "the Luanda process", "the Minsk format": a capital naming a process is not its state.
    if (m.via === "state:metonym" && PROCESS_NAME.test(sentence.text.slice(m.end, m.end + 24))) continue;
    if (objectOf) {
      const before = sentence.text.slice(Math.max(0, m.start - 24), m.start);
      // "pulled out of talks run by X" rejects X; elsewhere an agent is not an object.
      const agentBefore = AGENT.test(sentence.text.slice(Math.max(0, m.start - 40), m.start));
      if (agentBefore && objectOf !== "REJECTS" && !OWNED_BY.test(sentence.text.slice(from, m.start)))
        continue;
      if (objectOf !== "ATTACKS" && LOCATIVE.test(before) && !m.possessive) continue;
      if (objectOf !== "MEDIATES" && MEDIATOR_AFTER.test(sentence.text.slice(m.end, m.end + 40))) continue;
      // "..., the Qatari foreign ministry said.": the one reporting at the end is no object.
      if (
        TRAILING_REPORT.test(sentence.text.slice(m.end, m.end + 30)) &&
        /,\s*(?:the\s+)?[^,]*$/.test(sentence.text.slice(from, m.start)) &&
        /,/.test(sentence.text.slice(from, m.start))
      )
        continue;
    }
    const g = group(sentence, k);
    return { ...g, actors: g.actors.filter((a) => !skip.has(a.id)) };
  }
  return undefined;
}

function agentAfter(sentence: AnalysedSentence, from: number): Group | undefined {
  const re = /\b(?:by|from|with|(?:under\s+the\s+)?(?:auspices|mediation|aegis|good\s+offices)\s+of)\s+/gi;
  re.lastIndex = from;
  const m = re.exec(sentence.text);
  if (!m || m.index > from + 120) return undefined;
  return firstAfter(sentence, m.index + m[0].length, m.index + m[0].length + 60, new Set());
}

function adjacentBefore(sentence: AnalysedSentence, at: number): Group | undefined {
  const ms = sentence.mentions;
  for (let k = ms.length - 1; k >= 0; k--) {
    const m = ms[k];
    if (!m || m.end > at) continue;
    return at - m.end <= 1 ? group(sentence, k) : undefined;
  }
  return undefined;
}

function betweenPair(sentence: AnalysedSentence, from: number): Group | undefined {
  const all = [...sentence.text.matchAll(/\bbetween\s+/gi)];
  // The pair after the trigger, else the one before it ("the dispute between A and B must be settled by talks").
  const m = all.find((x) => x.index >= from) ?? all.at(-1);
  if (!m) return undefined;
  const g = firstAfter(sentence, m.index + m[0].length, m.index + m[0].length + 40, new Set());
  return g && g.actors.length >= 2 ? g : undefined;
}

/** The one who reports the relation: subject of a reporting verb before the source, or "according to X". */
function speakerOf(sentence: AnalysedSentence, sourceAt: number, triggerEnd: number): Group | undefined {
  let according: Group | undefined;
  for (const r of sentence.text.matchAll(REPORTING)) {
    const after = r.index + r[0].length;
    // "according to X" names where the report comes from; a reporting verb with its subject names who speaks.
    if (/^according/i.test(r[0])) {
      according ??= firstAfter(sentence, after, after + 60, new Set());
      continue;
    }
    if (r.index < sourceAt) {
      // The reporter stands right before the verb ("Lavrov said", "the ministry has said"), not a clause away.
      const s = subjectBefore(sentence, r.index);
      const last = sentence.mentions.filter((m) => m.end <= r.index).at(-1);
      const gap = last ? sentence.text.slice(last.end, r.index) : "";
      if (s && s.at < sourceAt && gap.length <= 30 && !gap.includes(",")) return s;
    } else if (r.index > triggerEnd) {
      const s = adjacentBefore(sentence, r.index);
      if (s && s.at > triggerEnd) return s;
      // "..., says Datuk Seri Anwar Ibrahim." / "said Anwar": the speaker follows the verb at the end.
      const next = sentence.mentions.find((m) => m.start >= after && m.start - after <= 2);
      if (next && /^[\s.,"']*$/.test(sentence.text.slice(next.end)))
        return { actors: [...next.actors], certainty: next.certainty, at: next.start };
    }
  }
  return according;
}

function insideGroup(
  sentence: AnalysedSentence,
  match: RegExpMatchArray,
  skip: ReadonlySet<string>,
): Group | undefined {
  const obj = match.groups?.obj;
  if (!obj) return undefined;
  const from = (match.index ?? 0) + match[0].indexOf(obj);
  return firstAfter(sentence, from, from + obj.length, skip);
}

/** What earlier sentences established, for the fallbacks that read context. */
interface Recall {
  /** The two sides of the agreement last reported, and of the truce last reported. */
  agreement?: readonly Actor[];
  truce?: readonly Actor[];
  /** Accusations so far, oldest first. */
  accusations: readonly Candidate[];
  /** Attacks so far, oldest first. */
  attacks?: readonly Candidate[];
  /** Conflict evidence per pair of sides (coref's pairKey), from a first reading of the article. */
  hostility?: ReadonlyMap<string, number>;
}

const TRUCE_WORDS = /\b(?:truce|ceasefire|cease-fire|pause|hostilities|fighting|war)\b/i;

const REPORTED_GAP = new RegExp(`${REPORTING.source}|\\bsaying\\b`, "i");

const GO_BETWEEN: ReadonlySet<RelationType> = new Set(["MEDIATES", "OFFERS_MEDIATION"]);

const sideCount = (actors: readonly Actor[]): number => new Set(actors.map((a) => a.affiliation)).size;

/** The first joined group in the sentence spanning two sides, none of them the source ("A and B agreed ..."). */
function pairIn(sentence: AnalysedSentence, skip: ReadonlySet<string>): Group | undefined {
  for (let k = 0; k < sentence.mentions.length; k++) {
    const g = group(sentence, k);
    if (g.actors.length >= 2 && sideCount(g.actors) >= 2 && g.actors.every((a) => !skip.has(a.id))) return g;
  }
  return undefined;
}

/** Whether actors span two sides that fight: the conflict's parties, or a pair the article shows hostile. */
function opposedSides(
  actors: readonly Actor[],
  parties: readonly Actor[] | undefined,
  hostility: ReadonlyMap<string, number> | undefined,
): boolean {
  const here = [...new Set(actors.map((a) => a.affiliation))];
  if (here.length < 2) return false;
  return (
    parties?.every((p) => here.includes(p.affiliation)) === true ||
    here.some((a) => here.some((b) => (hostility?.get(pairKey(a, b)) ?? 0) > 0))
  );
}

/** Whoever last accused `accused`'s side, from another side: all of them when several made that accusation together. */
function accusersOf(accused: Actor, accusations: readonly Candidate[]): Actor[] {
  const last = accusations.findLast(
    (c) => c.target.affiliation === accused.affiliation && c.source.affiliation !== accused.affiliation,
  );
  if (!last) return [];
  // "A, B and C cut ties with D, accusing it of ...": D's denial answers each of them.
  const joint = accusations.filter(
    (c) =>
      c.sentence === last.sentence &&
      c.trigger === last.trigger &&
      c.target.affiliation === accused.affiliation &&
      c.source.affiliation !== accused.affiliation,
  );
  return [...new Map(joint.map((c) => [c.source.id, c.source])).values()];
}

function applyRule(
  rule: RelationRule,
  sentence: AnalysedSentence,
  parties: readonly Actor[] | undefined,
  lastTalks?: readonly Actor[],
  recall: Recall = { accusations: [] },
): Candidate[] {
  const out: Candidate[] = [];
  const partySides = parties ? new Set(parties.map((p) => p.affiliation)) : undefined;
  for (const match of matches(rule.pattern, sentence.text)) {
    const start = match.index;
    const end = start + match[0].length;
    // "Rapid Support Forces", "the Peace and Security Council": a trigger inside a name is part of the name.
    if (sentence.mentions.some((m) => m.start <= start && start < m.end && !m.anaphoric)) continue;
    const pairInTrigger = /between\s*$/i.test(match[0]);
    const mode = rule.source ?? "subject";
    let source: Group | undefined =
      mode === "agent"
        ? agentAfter(sentence, start)
        : mode === "owner"
          ? ownerBefore(sentence, start)
          : mode === "adjacent"
            ? adjacentBefore(sentence, start)
            : mode === "speaker"
              ? speakerOf(sentence, start, end)
              : mode === "subject" && !pairInTrigger
                ? subjectBefore(sentence, start)
                : undefined;
    if (mode !== "none" && !pairInTrigger && !source) continue;
    const reporter = mode === "speaker" ? undefined : speakerOf(sentence, source?.at ?? start, end);
    // "A, B and C announced their support": the list speaks for itself, not A for B and C.
    const speaker =
      reporter && source && reporter.actors.some((a) => source?.actors.some((b) => b.id === a.id))
        ? undefined
        : reporter;
    // A person declaring their own state's stance ("X said Turkey will support ...", or in a quote)
    // speaks for it, so the person is the source; a report of what the state did stays with the state.
    if (
      source &&
      (inQuote(sentence.text, start) ||
        STANCE_MODAL.test(sentence.text.slice(Math.max(0, start - 30), start))) &&
      speaker &&
      speaker.actors.length === 1 &&
      speaker.actors[0]?.kind === "person" &&
      source.actors.every((a) => a.affiliation === speaker.actors[0]?.affiliation && a.kind !== "person")
    ) {
      source = speaker;
    }
    // "Iran's foreign ministry said in a statement that Tehran/it ...": a ministry speaking of its own state
    // by pronoun or metonym is the source; a report naming the state ("mediated by the UAE") stays with it.
    const body = speaker?.actors.length === 1 ? speaker.actors[0] : undefined;
    const sourceMention = sentence.mentions.find((m) => m.start === source?.at);
    if (
      source &&
      body?.kind === "government_body" &&
      (sourceMention?.anaphoric === true || sourceMention?.via === "state:metonym") &&
      source.actors.every((a) => a.affiliation === body.affiliation && a.kind === "state")
    ) {
      source = { ...source, actors: [body] };
    }
    const sourceIds = new Set(source?.actors.map((a) => a.id) ?? []);
    let targets: Group | undefined;
    switch (rule.target) {
      case "object":
        targets = firstAfter(sentence, end, clauseEnd(sentence.text, end), sourceIds, rule.relation);
        break;
      case "inside":
        targets = insideGroup(sentence, match, sourceIds);
        break;
      case "between":
        targets = betweenPair(sentence, start);
        break;
      case "none":
        break;
      case "main": {
        // The main clause's subject: the sentence's first actor that is no place, possessor or modifier.
        const k = sentence.mentions.findIndex(
          (m, i) =>
            m.start < (source?.at ?? start) &&
            !m.possessive &&
            !m.place &&
            !m.modifier &&
            !inPhrase(sentence, i),
        );
        targets = k >= 0 ? group(sentence, k) : undefined;
        break;
      }
      case "subject":
        targets =
          mode === "speaker"
            ? subjectBefore(sentence, start)
            : subjectBefore(sentence, Math.min(source?.at ?? start, start));
        // "Blinken said the truce would be monitored by a mechanism supported by X": a passive's patient is not its
        // reporter, unless the patient is the reporter's own ("Kyiv said its cities were struck by").
        if (mode === "agent" && targets) {
          const gap = sentence.text.slice(targets.at, start);
          if (REPORTED_GAP.test(gap) && !/\b(?:its|their|his|her|our)\b/i.test(gap)) targets = undefined;
        }
        break;
    }
    if (rule.objectSides) {
      const spans = sideCount(targets?.actors ?? []) >= 2;
      const opposed = opposedSides(targets?.actors ?? [], parties, recall.hostility);
      if (rule.objectSides === "many" ? !spans : (rule.objectSides === "opposed") !== opposed) continue;
    }
    if (
      rule.subjectSides &&
      (rule.subjectSides === "opposed") !== opposedSides(source?.actors ?? [], parties, recall.hostility)
    )
      continue;
    let pairs: [Actor, Actor][] = [];
    let fallback = false;
    const mutual = (g: Group): [Actor, Actor][] =>
      g.actors.flatMap((a) => g.actors.filter((b) => b.id !== a.id).map((b): [Actor, Actor] => [a, b]));
    if (
      targets &&
      targets.actors.length > 0 &&
      (pairInTrigger || (!source && (rule.target === "between" || mode === "none")))
    ) {
      pairs = mutual(targets);
    } else if (source && targets && targets.actors.length > 0) {
      pairs = source.actors.flatMap((s) => targets.actors.map((t): [Actor, Actor] => [s, t]));
    } else {
      for (const f of rule.fallback ?? []) {
        fallback = true;
        if (f === "mutual" && source && source.actors.length >= 2) pairs = mutual(source);
        if (f === "parties" && source && parties)
          pairs = source.actors.flatMap((s) => parties.map((t): [Actor, Actor] => [s, t]));
        // No actor acts ("a truce was established"): the parties act toward each other.
        if (f === "parties" && !source && parties)
          pairs = mutual({ actors: [...parties], certainty: 1, at: 0 });
        // "mediated the talks": the talks last reported, when the trigger points back at them.
        if (
          f === "talks" &&
          source &&
          lastTalks &&
          DEFINITE_TALKS.test(match[0]) &&
          lastTalks.every((t) => !sourceIds.has(t.id))
        ) {
          // A mediator works for each side: the talkers stand for their states.
          const sides = lastTalks.map((t) =>
            t.kind === "person" ? (affiliationActor(t.affiliation) ?? t) : t,
          );
          pairs = source.actors.flatMap((s) => sides.map((t): [Actor, Actor] => [s, t]));
        }
        if (f === "pair" && source) {
          const pair = pairIn(sentence, new Set());
          // "A and B agreed after talks hosted by A's government": a side is no go-between.
          if (pair?.actors.some((a) => source.actors.some((s) => s.affiliation === a.affiliation))) break;
          if (pair) pairs = source.actors.flatMap((s) => pair.actors.map((t): [Actor, Actor] => [s, t]));
        }
        // "welcomed the truce" is about the sides that stopped fighting, "welcomed the deal" about those that signed.
        const settled = TRUCE_WORDS.test(match[0])
          ? (recall.truce ?? recall.agreement)
          : (recall.agreement ?? recall.truce);
        // Reactions to a settlement are to the sides that made it: negotiators stand for their states.
        const settledSides = settled?.map((t) =>
          t.kind === "person" ? (affiliationActor(t.affiliation) ?? t) : t,
        );
        if (f === "agreement" && source && settledSides)
          pairs = source.actors.flatMap((s) => settledSides.map((t): [Actor, Actor] => [s, t]));
        if (f === "attacker" && source) {
          pairs = source.actors.flatMap((s): [Actor, Actor][] => {
            // An attack the outlet reports in its own voice before one a party only claims ("accused the South of
            // firing first"): condemning "the attack" is about the attack that happened.
            const other = (c: Candidate) => c.source.affiliation !== s.affiliation;
            const attack =
              recall.attacks?.findLast((c) => other(c) && !claimedAttack(c)) ??
              recall.attacks?.findLast(other);
            if (!attack) return [];
            // "American and British warplanes struck ...": every attacker of that same strike.
            const joint = (recall.attacks ?? []).filter(
              (c) =>
                c.sentence === attack.sentence &&
                c.trigger === attack.trigger &&
                c.target.id === attack.target.id &&
                c.source.affiliation !== s.affiliation,
            );
            return [...new Map(joint.map((c) => [c.source.id, c.source])).values()].map(
              (a): [Actor, Actor] => [s, a],
            );
          });
        }
        if (f === "accuser" && source) {
          pairs = source.actors.flatMap((s) =>
            accusersOf(s, recall.accusations).map((a): [Actor, Actor] => [s, a]),
          );
        }
        if (f === "others" && source) {
          const other = sentence.mentions.find((m) =>
            m.actors.some((a) => source?.actors.every((s) => s.affiliation !== a.affiliation)),
          );
          const t = other?.actors.find((a) => source?.actors.every((s) => s.affiliation !== a.affiliation));
          if (t) pairs = source.actors.map((s): [Actor, Actor] => [s, t]);
        }
        if (f === "opponents" && source && parties) {
          const sides = new Set(parties.map((p) => p.affiliation));
          pairs = source.actors.flatMap((s) =>
            sides.has(s.affiliation)
              ? parties.filter((p) => p.affiliation !== s.affiliation).map((t): [Actor, Actor] => [s, t])
              : [],
          );
        }
        if (pairs.length > 0) break;
      }
    }
    if (pairs.length === 0) continue;
    const negated = isNegated(sentence.text, start);
    const future = isFuture(sentence.text, start, rule.relation);
    const quote = inQuote(sentence.text, start);
    const certainty = Math.min(source?.certainty ?? targets?.certainty ?? 1, targets?.certainty ?? 1);
    const confidence = Math.max(0, Math.min(1, rule.strength * certainty * (fallback ? 0.85 : 1)));
    const speakerActor = speaker?.actors[0];
    for (const [s, t] of pairs) {
      if (s.id === t.id || s.affiliation === t.affiliation) continue;
      // One side of the conflict does not mediate for the other.
      if (GO_BETWEEN.has(rule.relation) && partySides?.has(s.affiliation) && partySides.has(t.affiliation))
        continue;
      if (
        rule.reportedAs &&
        speakerActor &&
        speakerActor.affiliation === t.affiliation &&
        speakerActor.affiliation !== s.affiliation &&
        !negated
      ) {
        out.push({
          source: speakerActor,
          target: s,
          type: rule.reportedAs,
          sentence,
          trigger: match[0],
          quote,
          negated: false,
          future,
          confidence: confidence * 0.9,
          rule: `${rule.id}:reported`,
        });
      }
      const type =
        rule.betweenOpponents?.when.test(match[0]) &&
        targets?.actors.length === 1 &&
        partySides?.has(s.affiliation) &&
        partySides.has(t.affiliation)
          ? rule.betweenOpponents.relation
          : rule.relation;
      out.push({
        source: s,
        target: t,
        type,
        sentence,
        trigger: match[0],
        quote,
        ...(speakerActor && speakerActor.id !== s.id ? { speaker: speakerActor } : {}),
        negated,
        future,
        confidence,
        rule: rule.id,
      });
    }
  }
  return out;
}

export function extractRelations(
  sentences: readonly AnalysedSentence[],
  rules: readonly RelationRule[],
  parties: readonly Actor[] | undefined,
  hostility?: ReadonlyMap<string, number>,
): Candidate[] {
  const out: Candidate[] = [];
  // Without mentions only rules where nobody acts can fire, and only toward known parties.
  const unattributed = parties
    ? rules.filter((r) => r.source === "none" && r.fallback?.includes("parties"))
    : [];
  let lastTalks: Actor[] | undefined;
  const recall: Recall & {
    agreement?: Actor[];
    truce?: Actor[];
    accusations: Candidate[];
    attacks: Candidate[];
  } = {
    accusations: [],
    attacks: [],
    ...(hostility ? { hostility } : {}),
  };
  // Accusations first, so a denial in the same sentence ("X denied it, after Y accused it") finds its accuser.
  const accusationsFirst = [...rules].sort(
    (a, b) => Number(b.relation === "ACCUSES") - Number(a.relation === "ACCUSES"),
  );
  for (const s of sentences) {
    const here: Candidate[] = [];
    for (const rule of s.mentions.length > 0 ? accusationsFirst : unattributed) {
      for (const c of applyRule(rule, s, parties, lastTalks, recall)) {
        here.push(c);
        if (c.type === "ACCUSES" && !c.negated) recall.accusations.push(c);
        // "fired at B, prompting B to fire back": an attack found earlier in this sentence is already reported.
        if (c.type === "ATTACKS" && !c.negated && !c.future) recall.attacks.push(c);
      }
    }
    const talk = here.findLast((c) => c.type === "TALKS_WITH" && !c.negated && !c.future);
    if (talk) lastTalks = [talk.source, talk.target];
    const asserted = (c: Candidate) => !c.negated && !c.future;
    const truce = here.findLast((c) => c.type === "DECLARES_CEASEFIRE" && asserted(c));
    const deal = here.findLast((c) => c.type === "AGREES_WITH" && asserted(c));
    if (truce) recall.truce = [truce.source, truce.target];
    if (deal) recall.agreement = [deal.source, deal.target];
    for (const c of here) out.push(c);
  }
  return out;
}

export function isSymmetric(type: RelationType): boolean {
  return RELATIONS[type].symmetric;
}
