/**
 * Stage 3: mentions. Walks each sentence's tokens once, left to right, and at each
 * position tries, in order: a fixed anaphoric phrase ("the two sides", "his country"),
 * a title-led person ("Iranian President Hassan Rouhani", "the Prime Minister"), a
 * state/organisation optionally followed by a body head ("the Russian Foreign Ministry")
 * or a name ("Armenian Zurab ..."), a person already known, and single pronouns.
 * People discovered on the way are remembered for the rest of the article.
 */
import { distance } from "fastest-levenshtein";
import type { Actor } from "../../domain/actors.js";
import type { BodyClass } from "../gazetteer/bodies.js";
import type { Office, OfficeHolder } from "../gazetteer/office-holder.js";
import type { PersonIndex } from "../gazetteer/persons.js";
import { PHRASES, type PhraseEntry } from "../gazetteer/phrase-index.js";
import { foldPlace, places } from "../gazetteer/places.js";
import { HONORIFICS, NAME_PARTICLES, NOT_NAME_WORDS } from "../gazetteer/titles.js";
import type { Mention, MentionRef, Token } from "../types.js";
import { bodyActor } from "./bodies.js";
import { affiliationActor, organizationActor, type ResolvedPerson, resolvePerson } from "./resolve.js";

type Form = Extract<MentionRef, { kind: "anaphor" }>["form"];

/** Multi-word anaphors, longest first by construction of the lookup. */
const FIXED_ANAPHORS: ReadonlyMap<string, MentionRef> = new Map<string, MentionRef>([
  ...[
    "the two sides",
    "both sides",
    "both koreas",
    "each side",
    "the two koreas",
    "both sudans",
    "the two sudans",
    "the two parties",
    "both parties",
    "the parties",
    "the sides",
    "the two countries",
    "both countries",
    "the two nations",
    "both nations",
    "the two leaders",
    "both leaders",
    "the warring parties",
    "the warring sides",
    "the belligerents",
    "each other",
    "one another",
    "the two neighbours",
    "the two neighbors",
    "the two states",
    "the two",
    "the warring factions",
    "the rival sides",
    "the two governments",
    "both governments",
    "the two armies",
    "warring parties",
    "warring sides",
    "warring generals",
    "the rivals",
    "the heads of state",
    "the two heads of state",
    "both heads of state",
  ].map((p): [string, MentionRef] => [p, { kind: "parties", via: `parties:${p}` }]),
  ...["his country", "her country", "its country", "their country", "the country"].map(
    (p): [string, MentionRef] => [p, { kind: "anaphor", form: "country", via: `anaphor:${p}` }],
  ),
  ...["the ministry", "the foreign ministry", "the defense ministry", "the defence ministry"].map(
    (p): [string, MentionRef] => [
      p,
      { kind: "anaphor", form: "thing", bodyClass: "ministry", via: `anaphor:${p}` },
    ],
  ),
  ...["the army", "the military"].map((p): [string, MentionRef] => [
    p,
    { kind: "anaphor", form: "thing", bodyClass: "armed_forces", via: `anaphor:${p}` },
  ]),
  // "the rebels", "the militia": the armed or political group last named.
  ...[
    "the rebels",
    "the rebel group",
    "the militants",
    "the insurgents",
    "the militia",
    "the paramilitaries",
  ].map((p): [string, MentionRef] => [
    p,
    { kind: "anaphor", form: "thing", bodyClass: "group", via: `anaphor:${p}` },
  ]),
  // "The three leaders ...": a counted group named earlier (coreference checks the count).
  ...["three", "four", "five"].flatMap((n) =>
    ["leaders", "presidents", "countries", "ministers", "governments"].map((head): [string, MentionRef] => [
      `the ${n} ${head}`,
      { kind: "anaphor", form: "plural", via: `anaphor:counted:${n}` },
    ]),
  ),
]);
const FIXED_MAX = 3;

const PRONOUNS: ReadonlyMap<string, { form: Form; possessive: boolean }> = new Map([
  ["he", { form: "person", possessive: false }],
  ["him", { form: "person", possessive: false }],
  ["his", { form: "person", possessive: true }],
  ["she", { form: "person", possessive: false }],
  ["her", { form: "person", possessive: true }],
  ["it", { form: "thing", possessive: false }],
  ["its", { form: "thing", possessive: true }],
  ["they", { form: "plural", possessive: false }],
  ["them", { form: "plural", possessive: false }],
  ["their", { form: "plural", possessive: true }],
  ["we", { form: "speaker", possessive: false }],
  ["our", { form: "speaker", possessive: true }],
  ["i", { form: "speaker", possessive: false }],
]);

const DETERMINERS = new Set(["the", "his", "her", "its", "their"]);
const BODY_ADJECTIVES = new Set([
  "regular",
  "paramilitary",
  "national",
  "own",
  "top",
  "armed",
  "official",
  "state",
  "senior",
]);
const COUNTERPART = new Set(["counterpart", "counterparts"]);
const PEOPLE_NOUNS = new Set([
  "commanders",
  "commander",
  "officers",
  "officer",
  "officials",
  "official",
  "chiefs",
  "chief",
  "leaders",
  "personnel",
  "spokesman",
  "spokesperson",
  "spokeswoman",
]);
const ORIGIN_SUFFIXES = new Set([
  "made",
  "built",
  "designed",
  "manufactured",
  "produced",
  "speaking",
  "language",
  "born",
  "style",
  "based",
  "owned",
  "flagged",
]);

interface Match {
  entries: readonly PhraseEntry[];
  end: number;
}

export interface MentionContext {
  persons: PersonIndex;
  /** Phrase key → person met earlier in the article. */
  known: Map<string, ResolvedPerson>;
  /** Office of the last titled person: what "his counterpart" shares. */
  lastOffice?: Office;
  /** Affiliation of the last person: the fallback for a title with no state. */
  lastAffiliation?: string;
}

function keyOf(tokens: readonly Token[], from: number, to: number): string {
  let key = "";
  for (let k = from; k < to; k++) key += (k > from ? " " : "") + (tokens[k]?.lower ?? "");
  return key;
}

function lookup(tokens: readonly Token[], i: number, accept: (e: PhraseEntry) => boolean): Match | undefined {
  const first = tokens[i];
  const maxLen = first ? PHRASES.maxTokensAfter.get(first.lower) : undefined;
  if (!first || !maxLen) return undefined;
  let key = "";
  let best: Match | undefined;
  for (let len = 1; len <= Math.min(maxLen, tokens.length - i); len++) {
    key = len === 1 ? first.lower : `${key} ${tokens[i + len - 1]?.lower ?? ""}`;
    const list = PHRASES.entries.get(key);
    if (!list) continue;
    const ok = list.filter((e) => accept(e) && caseFits(e, tokens, i, len));
    if (ok.length > 0) best = { entries: ok, end: i + len };
  }
  return best;
}

/** Names must be capitalised as written; acronyms must match exactly ("US" but not "us"). */
function caseFits(entry: PhraseEntry, tokens: readonly Token[], i: number, len: number): boolean {
  if (entry.type === "head" || entry.type === "title") return true;
  const written = tokens
    .slice(i, i + len)
    .map((t) => t.text)
    .join("");
  const phrase = entry.phrase.replace(/\s+/g, "");
  if (phrase.length <= 5 && phrase === phrase.toUpperCase()) return written === phrase;
  const firstWord = tokens.slice(i, i + len).find((t) => t.isWord && t.lower !== "the");
  return firstWord?.capitalised ?? false;
}

const isOwner = (e: PhraseEntry) => e.type === "state" || e.type === "org";

function ownerCode(e: PhraseEntry): string {
  if (e.type === "state") return e.state.code;
  if (e.type === "org") return e.org.affiliation;
  return "";
}

function ownerActor(
  entries: readonly PhraseEntry[],
): { actor: Actor; metonym: boolean; demonym: boolean } | undefined {
  const e = entries.find(isOwner);
  if (!e) return undefined;
  const actor = e.type === "org" ? organizationActor(e.org.name) : affiliationActor(ownerCode(e));
  if (!actor) return undefined;
  return {
    actor,
    metonym: e.type === "state" && e.state.as === "metonym",
    demonym: e.type === "state" && e.state.as === "demonym",
  };
}

function isPossessiveAt(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.text === "'" && (tokens[k + 1]?.lower === "s" || !tokens[k + 1]?.isWord);
}

function possessiveLength(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text !== "'") return 0;
  return tokens[k + 1]?.lower === "s" ? 2 : 1;
}

/** A personal name: capitalised words, with particles and hyphens inside, up to five words. */
function parseName(tokens: readonly Token[], i: number): number {
  let k = skipHonorifics(tokens, i);
  if (tokens[k]?.text === ".") k++;
  const start = k;
  let words = 0;
  let end = -1;
  while (k < tokens.length && words < 6) {
    const t = tokens[k];
    if (!t) break;
    if (t.isWord && t.capitalised && !NOT_NAME_WORDS.has(t.lower)) {
      if (words === 0) {
        const owned = lookup(tokens, k, (e) => isOwner(e) || e.type === "head");
        // "President Santiago Pena", "Victoria Nuland": a capital followed by a surname is a first name.
        const next = owned ? tokens[owned.end] : undefined;
        const firstName =
          owned?.entries.every((e) => e.type === "state" && e.state.as === "metonym") === true &&
          next?.isWord === true &&
          next.capitalised &&
          !NOT_NAME_WORDS.has(next.lower) &&
          !lookup(tokens, owned.end, (e) => isOwner(e) || e.type === "head" || e.type === "title");
        if (owned && !firstName) break;
      }
      words++;
      k++;
      end = k;
      continue;
    }
    // "al-Ezzi", "bin Zayed": a particle may be joined to the next word by a hyphen.
    const after = tokens[k + 1];
    const joined = after?.isWord === true || (after?.text === "-" && tokens[k + 2]?.isWord === true);
    if (words > 0 && (t.text === "-" ? after?.isWord : NAME_PARTICLES.has(t.lower) && joined)) {
      k++;
      continue;
    }
    break;
  }
  return end > start ? end : -1;
}

/** Honorifics and ranks before a name, hyphenated ones too ("Colonel-General"). */
function skipHonorifics(tokens: readonly Token[], i: number): number {
  let k = i;
  while (tokens[k] && HONORIFICS.has(tokens[k]?.lower ?? "") && tokens[k]?.capitalised) {
    k++;
    if (tokens[k]?.text === "-" && HONORIFICS.has(tokens[k + 1]?.lower ?? "")) k++;
  }
  return k;
}

function nameText(tokens: readonly Token[], from: number, to: number, sentence: string): string {
  let s = Math.min(skipHonorifics(tokens, from), to);
  if (tokens[s]?.text === ".") s++;
  return sentence.slice(tokens[s]?.start ?? 0, tokens[to - 1]?.end ?? 0);
}

function remember(ctx: MentionContext, name: string, person: ResolvedPerson): void {
  const words = name.split(/[\s-]+/).filter((w) => w.length >= 3 && !NAME_PARTICLES.has(w.toLowerCase()));
  ctx.known.set(name.toLowerCase().replace(/-/g, " - "), person);
  for (const w of [...words, ...person.actor.name.split(/\s+/)]) {
    const key = w.toLowerCase();
    if (!NOT_NAME_WORDS.has(key) && !HONORIFICS.has(key)) ctx.known.set(key, person);
  }
  if (person.office) ctx.lastOffice = person.office;
  ctx.lastAffiliation = person.actor.affiliation;
}

function personMention(
  start: number,
  end: number,
  sentence: string,
  tokens: readonly Token[],
  p: ResolvedPerson,
  possessive: boolean,
): Mention {
  const s = tokens[start]?.start ?? 0;
  const e = tokens[end - 1]?.end ?? s;
  return {
    start: s,
    end: e,
    text: sentence.slice(s, e),
    ref: {
      kind: "actor",
      actor: p.actor,
      certainty: p.certainty,
      via: p.via,
      ...(p.office ? { office: p.office } : {}),
    },
    possessive,
  };
}

function span(
  tokens: readonly Token[],
  start: number,
  end: number,
  sentence: string,
): Pick<Mention, "start" | "end" | "text"> {
  const s = tokens[start]?.start ?? 0;
  const e = tokens[end - 1]?.end ?? s;
  return { start: s, end: e, text: sentence.slice(s, e) };
}

interface Parsed {
  mentions: Mention[];
  end: number;
}

/** Words that qualify a title without changing who it names ("political chief", "deputy foreign minister"). */
const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  "deputy",
  "vice",
  "assistant",
  "political",
  "military",
  "senior",
  "top",
  "chief",
]);
/** Of those, the ones that make the title a different, lesser office. */
const DEPUTY_WORDS: ReadonlySet<string> = new Set(["deputy", "vice", "assistant"]);

/** "[the|his] [State['s]] Title [of State] [,] [Name] [of State]" and "his <Demonym> counterpart(s), Name and <Demonym> Name". */
const FORMER: ReadonlySet<string> = new Set(["former", "ex", "ex-", "then"]);

function parseTitled(
  tokens: readonly Token[],
  i: number,
  sentence: string,
  ctx: MentionContext,
): Parsed | undefined {
  let k = i;
  const determiner = DETERMINERS.has(tokens[k]?.lower ?? "") ? tokens[k]?.lower : undefined;
  if (determiner) k++;
  const ownerMatch = lookup(tokens, k, isOwner);
  let owner = ownerMatch ? ownerActor(ownerMatch.entries) : undefined;
  if (ownerMatch) {
    k = ownerMatch.end;
    k += possessiveLength(tokens, k);
  }
  const counterpart = COUNTERPART.has(tokens[k]?.lower ?? "");
  // "the Houthis' deputy foreign minister", "Hamas's political chief": words that qualify the title.
  // A deputy does not hold the office itself.
  let deputy: string | undefined;
  const titleAt = k;
  while (
    !counterpart &&
    TITLE_MODIFIERS.has(tokens[k]?.lower ?? "") &&
    k - titleAt < 2 &&
    !lookup(tokens, k, (e) => e.type === "title")
  ) {
    if (DEPUTY_WORDS.has(tokens[k]?.lower ?? "")) deputy = tokens[k]?.text;
    k++;
  }
  const titleMatch = counterpart ? undefined : lookup(tokens, k, (e) => e.type === "title");
  if (!titleMatch) k = titleAt;
  if (!counterpart && !titleMatch) return undefined;
  const title = titleMatch?.entries.find((e) => e.type === "title");
  if (titleMatch && title?.type === "title" && !owner && !determiner && !tokens[k]?.capitalised)
    return undefined;
  k = counterpart ? k + 1 : (titleMatch?.end ?? k);
  const portfolio = counterpart ? undefined : titleOf(tokens, k);
  if (portfolio) {
    owner = owner ?? portfolio.owner;
    k = portfolio.end;
  }
  const office: Office | undefined = counterpart
    ? ctx.lastOffice
    : title?.type === "title"
      ? deputy
        ? "other"
        : title.title.office
      : undefined;
  const role = title?.type === "title" ? title.title.role : undefined;
  const titleText = counterpart || !role ? undefined : deputy ? `Deputy ${role}` : role;
  let nameStart = k;
  if (tokens[nameStart]?.text === ",") nameStart++;
  const nameEnd = parseName(tokens, nameStart);
  const mentions: Mention[] = [];
  if (nameEnd < 0) {
    if (!owner && determiner !== "the") return undefined;
    // "his Sudanese counterpart": the Sudanese holder of the same office already named in the article.
    const met = counterpart && owner ? metCounterpart(ctx, owner.actor.affiliation) : undefined;
    if (met) {
      return { mentions: [personMention(i, k, sentence, tokens, met, isPossessiveAt(tokens, k))], end: k };
    }
    if (counterpart && owner) {
      return {
        mentions: [
          {
            ...span(tokens, i, k, sentence),
            ref: { kind: "actor", actor: owner.actor, certainty: 0.8, via: "person:unnamed-counterpart" },
            possessive: false,
          },
        ],
        end: k,
      };
    }
    if (!office && !owner) return undefined;
    // "Ban Ki-moon, a former South Korean foreign minister": a past holder is nobody's voice now.
    if ([tokens[i - 1], tokens[i], tokens[i + 1]].some((t) => FORMER.has(t?.lower ?? "")))
      return { mentions: [], end: k };
    const ref: MentionRef = {
      kind: "anaphor",
      form: "person",
      ...(office ? { office } : {}),
      ...(titleText ? { title: titleText } : {}),
      ...(owner ? { affiliation: owner.actor.affiliation } : {}),
      via: "anaphor:title",
    };
    return {
      mentions: [{ ...span(tokens, i, k, sentence), ref, possessive: isPossessiveAt(tokens, k) }],
      end: k,
    };
  }
  let end = nameEnd;
  if (tokens[end]?.lower === "of") {
    const of = lookup(tokens, tokens[end + 1]?.lower === "the" ? end + 2 : end + 1, isOwner);
    const ofOwner = of ? ownerActor(of.entries) : undefined;
    if (of && ofOwner) {
      owner = owner ?? ofOwner;
      end = of.end;
    }
  }
  const name = nameText(tokens, nameStart, nameEnd, sentence);
  const affiliation =
    owner?.actor.affiliation ??
    appositiveAffiliation(tokens, end, sentence, ctx) ??
    ctx.persons.byPhrase.get(name.toLowerCase())?.[0]?.affiliation ??
    ctx.lastAffiliation;
  const person = resolvePerson(
    {
      name,
      ...(office ? { office } : {}),
      ...(affiliation ? { affiliation } : {}),
      ...(titleText ? { title: titleText } : {}),
    },
    ctx.persons,
  );
  if (!person) return undefined;
  // "former South African president Thabo Mbeki" no longer speaks for the state (ontology: dated roles).
  if (FORMER.has(tokens[i - 1]?.lower ?? "")) return { mentions: [], end };
  remember(ctx, name, person);
  mentions.push(personMention(i, end, sentence, tokens, person, isPossessiveAt(tokens, end)));
  // "counterparts, A and <Demonym> B": further names share the office.
  while (counterpart && tokens[end]?.lower === "and") {
    let j = end + 1;
    const demonym = lookup(tokens, j, isOwner);
    const nextOwner = demonym ? ownerActor(demonym.entries) : undefined;
    if (demonym) j = demonym.end;
    const e2 = parseName(tokens, j);
    if (e2 < 0) break;
    const n2 = nameText(tokens, j, e2, sentence);
    const aff2 = nextOwner?.actor.affiliation ?? affiliation;
    const p2 = resolvePerson(
      { name: n2, ...(office ? { office } : {}), ...(aff2 ? { affiliation: aff2 } : {}) },
      ctx.persons,
    );
    if (!p2) break;
    remember(ctx, n2, p2);
    mentions.push(personMention(end + 1, e2, sentence, tokens, p2, false));
    end = e2;
  }
  return { mentions, end };
}

/** "Prime Ministers", "the foreign ministers": a plural title, as the singular entry it pluralises. */
function pluralTitleAt(tokens: readonly Token[], k: number): { title: PhraseEntry; end: number } | undefined {
  let found: { title: PhraseEntry; end: number } | undefined;
  let key = "";
  for (let len = 1; len <= 3; len++) {
    const t = tokens[k + len - 1];
    if (!t?.isWord) break;
    const singular = t.lower.endsWith("s") ? t.lower.slice(0, -1) : undefined;
    const title = singular
      ? PHRASES.entries.get(len === 1 ? singular : `${key} ${singular}`)?.find((e) => e.type === "title")
      : undefined;
    if (title) found = { title, end: k + len };
    key = len === 1 ? t.lower : `${key} ${t.lower}`;
  }
  return found;
}

/** "The Presidents A and B", "the foreign ministers, A of <State> and B of <State>": each name holds the title. */
function parsePluralTitled(
  tokens: readonly Token[],
  i: number,
  sentence: string,
  ctx: MentionContext,
): Parsed | undefined {
  let k = tokens[i]?.lower === "the" ? i + 1 : i;
  const plural = pluralTitleAt(tokens, k);
  if (plural?.title.type !== "title") return undefined;
  const { office, role } = plural.title.title;
  k = tokens[plural.end]?.text === "," ? plural.end + 1 : plural.end;
  const mentions: Mention[] = [];
  let names = 0;
  let end = k;
  while (names < 4) {
    const nameEnd = parseName(tokens, k);
    if (nameEnd < 0) break;
    names++;
    const name = nameText(tokens, k, nameEnd, sentence);
    let after = nameEnd;
    let affiliation = ctx.persons.byPhrase.get(name.toLowerCase())?.[0]?.affiliation;
    if (tokens[after]?.lower === "of") {
      const of = lookup(tokens, tokens[after + 1]?.lower === "the" ? after + 2 : after + 1, isOwner);
      const ofOwner = of ? ownerActor(of.entries) : undefined;
      if (of && ofOwner) {
        affiliation = ofOwner.actor.affiliation;
        after = of.end;
      }
    }
    const person = resolvePerson(
      { name, office, title: role, ...(affiliation ? { affiliation } : {}) },
      ctx.persons,
    );
    if (person) {
      remember(ctx, name, person);
      mentions.push(personMention(k, after, sentence, tokens, person, isPossessiveAt(tokens, after)));
    }
    end = after;
    const sep = tokens[after]?.lower;
    if (sep !== "and" && sep !== ",") break;
    k = sep === "," && tokens[after + 1]?.lower === "and" ? after + 2 : after + 1;
  }
  return names >= 2 && mentions.length > 0 ? { mentions, end } : undefined;
}

function metCounterpart(ctx: MentionContext, affiliation: string): ResolvedPerson | undefined {
  const office = ctx.lastOffice;
  if (!office || office === "other") return undefined;
  let found: ResolvedPerson | undefined;
  for (const p of ctx.known.values()) {
    if (p.actor.affiliation !== affiliation || p.office !== office) continue;
    if (found && found.actor.id !== p.actor.id) return undefined;
    found = p;
  }
  return found;
}

/** Words of a translated title's portfolio: "the Minister of the Defence", "the Chief of the General Staff". */
const PORTFOLIO_WORDS: ReadonlySet<string> = new Set([
  "defence",
  "defense",
  "information",
  "interior",
  "justice",
  "security",
  "national",
  "state",
  "general",
  "staff",
  "commission",
  "council",
  "committee",
  "sovereignty",
  "republic",
  "foreign",
  "affairs",
  "presidential",
  "cabinet",
  "government",
  "parliament",
  "intelligence",
  "armed",
  "forces",
  "army",
  "joint",
  "chiefs",
]);

type Owner = NonNullable<ReturnType<typeof ownerActor>>;

/**
 * What follows a title: "of [the] <State>", "of the <Demonym> Ministry of Foreign Affairs", and the
 * portfolios of translated titles ("of the Information of Eritrea", "of the Staff of the Djiboutian army").
 */
function titleOf(tokens: readonly Token[], k: number): { owner?: Owner; end: number } | undefined {
  let owner: Owner | undefined;
  let end = k;
  for (let hops = 0; hops < 3 && tokens[end]?.lower === "of"; hops++) {
    const at = tokens[end + 1]?.lower === "the" ? end + 2 : end + 1;
    const of = lookup(tokens, at, isOwner);
    const ofOwner = of ? ownerActor(of.entries) : undefined;
    if (of && ofOwner) {
      owner = owner ?? ofOwner;
      end = bodyAt(tokens, of.end)?.end ?? of.end;
      continue;
    }
    let j = bodyAt(tokens, at)?.end ?? at;
    while (j - at < 3 && PORTFOLIO_WORDS.has(tokens[j]?.lower ?? "")) j++;
    // Only a portfolio when more of the title or a full name follows ("the leader of the National Front" is no title).
    if (j === at || (tokens[j]?.lower !== "of" && parseName(tokens, j) - j < 2)) break;
    end = j;
  }
  return end > k ? { ...(owner ? { owner } : {}), end } : undefined;
}

/** "General X, the Chief of the Staff of the Djiboutian army": the state of an appositive title after the name. */
function appositiveAffiliation(
  tokens: readonly Token[],
  k: number,
  sentence: string,
  ctx: MentionContext,
): string | undefined {
  if (tokens[k]?.text !== "," || tokens[k + 1]?.lower !== "the") return undefined;
  const ref = parseTitled(tokens, k + 1, sentence, ctx)?.mentions[0]?.ref;
  return ref?.kind === "anaphor" ? ref.affiliation : undefined;
}

function bodyAt(tokens: readonly Token[], k: number): { body: BodyClass; end: number } | undefined {
  for (const skip of [0, 1]) {
    if (skip === 1 && !BODY_ADJECTIVES.has(tokens[k]?.lower ?? "")) break;
    const head = lookup(tokens, k + skip, (e) => e.type === "head");
    const entry = head?.entries.find((e) => e.type === "head");
    if (head && entry?.type === "head") return { body: entry.body, end: head.end };
  }
  return undefined;
}

/** A state or organisation, perhaps owning a body ("Azerbaijan's Defense Ministry") or naming a person ("Egypt's Sissi"). */
function parseOwned(
  tokens: readonly Token[],
  i: number,
  sentence: string,
  ctx: MentionContext,
): Parsed | undefined {
  const start = tokens[i]?.lower === "the" && !lookup(tokens, i, isOwner) ? i + 1 : i;
  const m = lookup(tokens, start, isOwner);
  const owner = m ? ownerActor(m.entries) : undefined;
  if (!m || !owner) return undefined;
  // "Russian-made", "Arabic-speaking": an origin, not an actor.
  if (tokens[m.end]?.text === "-" && ORIGIN_SUFFIXES.has(tokens[m.end + 1]?.lower ?? ""))
    return { mentions: [], end: m.end + 2 };
  let k = m.end;
  const possessive = possessiveLength(tokens, k);
  k += possessive;
  const found = tokens[k - 1]?.text === "-" ? undefined : bodyAt(tokens, k);
  // "Rwandan military commanders", "Chinese army officers": unnamed people, who are their state.
  const people = found && PEOPLE_NOUNS.has(tokens[found.end]?.lower ?? "");
  const body = people ? undefined : found;
  if (people && found) {
    return {
      mentions: [
        {
          ...span(tokens, start, found.end + 1, sentence),
          ref: { kind: "actor", actor: owner.actor, certainty: 0.8, via: "state:unnamed-people" },
          possessive: isPossessiveAt(tokens, found.end + 1),
        },
      ],
      end: found.end + 1,
    };
  }
  if (body) {
    const actor = bodyActor(owner.actor.affiliation, body.body);
    if (actor) {
      return {
        mentions: [
          {
            ...span(tokens, start, body.end, sentence),
            ref: { kind: "actor", actor, certainty: 0.9, via: `body:${body.body.id}` },
            possessive: isPossessiveAt(tokens, body.end),
          },
        ],
        end: body.end,
      };
    }
  }
  // "the Armenian and Azerbaijani armies": the first owner shares the second one's head.
  if (!possessive && tokens[k]?.lower === "and") {
    const second = lookup(tokens, k + 1, isOwner);
    const shared = second ? bodyAt(tokens, second.end) : undefined;
    const actor = shared ? bodyActor(owner.actor.affiliation, shared.body) : undefined;
    if (actor && shared) {
      return {
        mentions: [
          {
            ...span(tokens, start, m.end, sentence),
            ref: { kind: "actor", actor, certainty: 0.85, via: `body:${shared.body.id}:shared` },
            possessive: false,
          },
        ],
        end: m.end,
      };
    }
  }
  if ((owner.demonym || possessive > 0) && owner.actor.kind === "state") {
    const nameEnd = parseName(tokens, k);
    if (nameEnd > 0 && (possessive > 0 || nameEnd - k >= 2)) {
      const name = nameText(tokens, k, nameEnd, sentence);
      const person = resolvePerson({ name, affiliation: owner.actor.affiliation }, ctx.persons);
      if (person) {
        remember(ctx, name, person);
        return {
          mentions: [
            personMention(start, nameEnd, sentence, tokens, person, isPossessiveAt(tokens, nameEnd)),
          ],
          end: nameEnd,
        };
      }
    }
  }
  const next = tokens[m.end];
  const modifier =
    owner.demonym &&
    possessive === 0 &&
    next?.isWord === true &&
    !next.capitalised &&
    !/^(?:and|or|but|said|says|has|have|had|is|are|was|were|will|would)$/.test(next.lower);
  return {
    mentions: [
      {
        ...span(tokens, start, m.end, sentence),
        ...(modifier ? { modifier } : {}),
        ref: {
          kind: "actor",
          actor: owner.actor,
          certainty: owner.metonym ? 0.8 : 0.95,
          via: owner.metonym ? "state:metonym" : `${owner.actor.kind}:name`,
        },
        possessive: possessive > 0,
      },
    ],
    end: m.end,
  };
}

/** "[the] <head> of|in [the] <State>": "the leaders of Azerbaijan", "the Ministry of Defense of Armenia". */
function parseHeadOf(tokens: readonly Token[], i: number, sentence: string): Parsed | undefined {
  const start = tokens[i]?.lower === "the" ? i + 1 : i;
  const head = bodyAt(tokens, start);
  if (!head) return undefined;
  const of = tokens[head.end]?.lower;
  if (of !== "of" && of !== "in") return undefined;
  const at = tokens[head.end + 1]?.lower === "the" ? head.end + 2 : head.end + 1;
  const m = lookup(tokens, at, isOwner);
  const owner = m ? ownerActor(m.entries) : undefined;
  const actor = owner ? bodyActor(owner.actor.affiliation, head.body) : undefined;
  // "representatives of Sudan's army": the owner's own body is the better reading.
  if (!m || !actor || possessiveLength(tokens, m.end) > 0) return undefined;
  return {
    mentions: [
      {
        ...span(tokens, i, m.end, sentence),
        ref: { kind: "actor", actor, certainty: 0.85, via: `body:${head.body.id}:of` },
        possessive: isPossessiveAt(tokens, m.end),
      },
    ],
    end: m.end,
  };
}

/** "Name, the <Demonym> <title>": an unknown name introduced by an appositive role. */
function parseAppositive(
  tokens: readonly Token[],
  i: number,
  sentence: string,
  ctx: MentionContext,
): Parsed | undefined {
  if (!tokens[i]?.capitalised) return undefined;
  const nameEnd = parseName(tokens, i);
  if (nameEnd < 0 || tokens[nameEnd]?.text !== ",") return undefined;
  let k = nameEnd + 1;
  if (tokens[k]?.lower === "the") k++;
  const owner = lookup(tokens, k, isOwner);
  const ownerA = owner ? ownerActor(owner.entries) : undefined;
  if (!owner || !ownerA) return undefined;
  const title = lookup(tokens, owner.end, (e) => e.type === "title")?.entries.find((e) => e.type === "title");
  if (title?.type !== "title") return undefined;
  const name = nameText(tokens, i, nameEnd, sentence);
  const person = resolvePerson(
    { name, office: title.title.office, affiliation: ownerA.actor.affiliation, title: title.title.role },
    ctx.persons,
  );
  if (!person) return undefined;
  remember(ctx, name, person);
  return { mentions: [personMention(i, nameEnd, sentence, tokens, person, false)], end: nameEnd };
}

/** Words after which a capitalised name is a place: "the city of X", "shelled X", "in X". */
const PLACE_CUE =
  /(?:\b(?:city|town|village|region|province|district|area|outskirts|port|capital|suburbs?|governorate)\s+of|\b(?:in|near|at|into|on|from|towards?|around|outside|inside|across|shelled|struck|bombed|attacked|hit|seized|captured|took|targeted|stormed|entered|besieged|raided|shelling\s+of|attack\s+on|strikes?\s+on))\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|besieged|strategic|border|key|nearby)\s+)?(?:(?:city|town|village|region)\s+of\s+)?$/i;

/** A place that a cue word introduces; it stands for the state that holds it. */
function parsePlace(tokens: readonly Token[], i: number, sentence: string): Parsed | undefined {
  const first = tokens[i];
  if (!first?.capitalised || first.lower.length < 3 || NOT_NAME_WORDS.has(first.lower)) return undefined;
  const table = places();
  const maxWords = table.maxWordsAfter.get(foldPlace(first.text));
  if (!maxWords || !PLACE_CUE.test(sentence.slice(Math.max(0, first.start - 50), first.start)))
    return undefined;
  let best: { end: number; code: string; name: string } | undefined;
  let key = "";
  let words = 0;
  for (let k = i; k < tokens.length && words < maxWords; k++) {
    const t = tokens[k];
    if (!t) break;
    if (t.text === "-") continue;
    if (!t.isWord) break;
    key = words === 0 ? foldPlace(t.text) : `${key} ${foldPlace(t.text)}`;
    words++;
    const hit = table.byKey.get(key);
    if (hit) best = { end: k + 1, ...hit };
  }
  if (!best) return undefined;
  return {
    mentions: [
      {
        ...span(tokens, i, best.end, sentence),
        ref: { kind: "place", affiliation: best.code, name: best.name, via: "place:gazetteer" },
        possessive: isPossessiveAt(tokens, best.end),
      },
    ],
    end: best.end,
  };
}

/** A person met earlier ("Lavrov", "Sheikh Tamim") or an office holder of the date named in full or by surname. */
function parseKnown(
  tokens: readonly Token[],
  i: number,
  sentence: string,
  ctx: MentionContext,
): Parsed | undefined {
  let k = i;
  while (HONORIFICS.has(tokens[k]?.lower ?? "") && tokens[k]?.capitalised && tokens[k + 1]?.capitalised) k++;
  const head = tokens[k];
  if (!head?.capitalised || (!ctx.known.has(head.lower) && !ctx.persons.firstTokens.has(head.lower)))
    return undefined;
  for (let len = Math.min(6, tokens.length - k); len >= 1; len--) {
    const key = keyOf(tokens, k, k + len);
    const known = ctx.known.get(key);
    const table = ctx.persons.byPhrase.get(key);
    // "Ougoureh Kifleh Ahmed", "Kyaw Tint Swe": one word of a longer unknown name is not a known surname.
    if (len === 1 && (known || table) && insideUnknownName(tokens, k, known ?? table?.[0])) return undefined;
    let person: ResolvedPerson | undefined = known;
    if (!person && table?.length === 1 && table[0]) {
      person = resolvePerson({ name: table[0].name, affiliation: table[0].affiliation }, ctx.persons);
      if (person) remember(ctx, sentence.slice(tokens[k]?.start ?? 0, tokens[k + len - 1]?.end ?? 0), person);
    }
    if (person) {
      let end = k + len;
      // Swallow the rest of a name written in full after a known first name ("Anwar Ibrahim").
      while (tokens[end]?.capitalised && ctx.known.get(tokens[end]?.lower ?? "") === person) end++;
      return {
        mentions: [personMention(i, end, sentence, tokens, person, isPossessiveAt(tokens, end))],
        end,
      };
    }
  }
  return undefined;
}

/** A capitalised word that may be part of a personal name (not a title, state, body or function word). */
function nameWordAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t?.isWord || !t.capitalised || NOT_NAME_WORDS.has(t.lower) || HONORIFICS.has(t.lower)) return false;
  return !lookup(tokens, k, (e) => isOwner(e) || e.type === "head" || e.type === "title");
}

/**
 * Whether the word at k sits inside a longer name that is not the known person's: "Kyaw Tint Swe" is not
 * "Htin Kyaw", "Ougoureh Kifleh Ahmed" not "Khalid bin Ahmed". A mangled first name before the surname
 * ("Yens Stoltenberg") still counts as the person.
 */
function insideUnknownName(
  tokens: readonly Token[],
  k: number,
  person: ResolvedPerson | OfficeHolder | undefined,
): boolean {
  if (!person) return false;
  const names =
    "actor" in person ? [person.actor.name, ...person.actor.aliases] : [person.name, ...person.aliases];
  const words = names.map((n) => n.toLowerCase().split(/[\s-]+/));
  const own = (t: number) => words.some((w) => w.includes(tokens[t]?.lower ?? ""));
  if (nameWordAt(tokens, k + 1) && !own(k + 1)) return true;
  if (k === 0 || !nameWordAt(tokens, k - 1) || own(k - 1)) return false;
  const before = tokens[k - 1]?.lower ?? "";
  return !words.some((w) => w.length > 1 && similar(before, w[0] ?? ""));
}

function similar(a: string, b: string): boolean {
  return 1 - distance(a, b) / Math.max(a.length, b.length, 1) >= 0.5;
}

const FIXED_FIRST = new Set([...FIXED_ANAPHORS.keys()].map((k) => k.split(" ")[0] ?? k));

function parseFixed(tokens: readonly Token[], i: number, sentence: string): Parsed | undefined {
  if (!FIXED_FIRST.has(tokens[i]?.lower ?? "")) return undefined;
  for (let len = FIXED_MAX; len >= 1; len--) {
    const ref = FIXED_ANAPHORS.get(keyOf(tokens, i, i + len));
    if (!ref) continue;
    const end = i + len;
    // "the two mediators": "the two" only stands alone before a verb or punctuation, not before a noun.
    const next = tokens[end];
    if (
      keyOf(tokens, i, end) === "the two" &&
      next?.isWord &&
      !next.capitalised &&
      /s$/.test(next.lower) &&
      !/(?:ed|es)$/.test(next.lower)
    )
      continue;
    // "the country's mining agency" is a thing of the country, still the country.
    return {
      mentions: [{ ...span(tokens, i, end, sentence), ref, possessive: isPossessiveAt(tokens, end) }],
      end,
    };
  }
  return undefined;
}

function parsePronoun(tokens: readonly Token[], i: number, sentence: string): Parsed | undefined {
  const t = tokens[i];
  if (!t?.isWord) return undefined;
  const p = PRONOUNS.get(t.lower);
  if (!p) return undefined;
  if (t.lower === "i" && t.text !== "I") return undefined;
  // "its Defense Ministry", "their troops": the body of whoever the pronoun stands for.
  const body = (t.lower === "its" || t.lower === "their") && bodyAt(tokens, i + 1);
  if (body && body.body.kind !== "state") {
    return {
      mentions: [
        {
          ...span(tokens, i, body.end, sentence),
          ref: {
            kind: "anaphor",
            form: "thing",
            bodyClass: body.body.id,
            ownedBody: true,
            via: `pronoun:${t.lower}+body`,
          },
          possessive: isPossessiveAt(tokens, body.end),
        },
      ],
      end: body.end,
    };
  }
  // "it is not possible", "it said": only a pronoun that can be an actor; expletive "it" is filtered later.
  return {
    mentions: [
      {
        ...span(tokens, i, i + 1, sentence),
        ref: { kind: "anaphor", form: p.form, via: `pronoun:${t.lower}` },
        possessive: p.possessive,
      },
    ],
    end: i + 1,
  };
}

/** "KYIV (Reuters) - " or "MANILA, Philippines (AP) - ": where the story was filed, not who acts. */
/** "BEIRUT (Reuters) -", and translated outlets' "Amman - The envoy ...": where the report was filed, not an actor. */
const DATELINE =
  /^(?:[A-Z][A-Z .'-]{2,}(?:,\s*[A-Z][\w .'-]*)?\s*(?:\([^)]{1,40}\))?\s*(?:-|:)\s|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s+-\s+(?=The\s))/;

export function findMentions(sentence: string, tokens: readonly Token[], ctx: MentionContext): Mention[] {
  const mentions: Mention[] = [];
  const dateline = DATELINE.exec(sentence)?.[0].length ?? 0;
  let i = 0;
  while (i < tokens.length && (tokens[i]?.start ?? 0) < dateline) i++;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t?.isWord) {
      i++;
      continue;
    }
    const parsed =
      parseHeadOf(tokens, i, sentence) ??
      parseFixed(tokens, i, sentence) ??
      parsePluralTitled(tokens, i, sentence, ctx) ??
      parseTitled(tokens, i, sentence, ctx) ??
      parseOwned(tokens, i, sentence, ctx) ??
      parseKnown(tokens, i, sentence, ctx) ??
      parseAppositive(tokens, i, sentence, ctx) ??
      parsePlace(tokens, i, sentence) ??
      parsePronoun(tokens, i, sentence);
    if (parsed) {
      mentions.push(...parsed.mentions);
      i = Math.max(parsed.end, i + 1);
    } else {
      i++;
    }
  }
  return mentions;
}
