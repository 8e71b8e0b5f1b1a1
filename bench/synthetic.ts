/**
 * Deterministic synthetic corpus for benchmarks: articles as the extractor would return
 * them. Same options and seed, same output. Actor activity is heavy-tailed (Zipf over a
 * rank where states come first), so a few hubs carry much of the graph, as in the news.
 */
import type { Actor, ActorKind } from "../server/src/domain/actors.js";
import type { ExtractedRelation, ExtractionResult } from "../server/src/domain/extraction.js";
import { RELATION_TYPES, type RelationType } from "../server/src/domain/relations.js";

export interface SyntheticOptions {
  actors: number;
  articles: number;
  /** Mean relations per article; each article has 1 … 2×mean − 1. */
  relationsPerArticle: number;
  seed: number;
  /** Articles are dated over this many years, ending 2024-12-31. */
  years: number;
}

export interface SyntheticArticle {
  meta: { title: string; url: string; source: string; publishedAt: string };
  result: ExtractionResult;
}

/** mulberry32: small, fast, good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Share of each type among statements: talks and criticism dominate, sanctions and mediation are rare. */
const TYPE_SHARE: Readonly<Record<RelationType, number>> = {
  TALKS_WITH: 18,
  SUPPORTS: 10,
  CONDEMNS: 10,
  ACCUSES: 9,
  CALLS_FOR_CEASEFIRE: 6,
  PRAISES: 6,
  EXPRESSES_CONCERN: 6,
  CALLS_FOR_TALKS: 5,
  DEMANDS: 5,
  WARNS: 5,
  REJECTS: 4,
  ATTACKS: 4,
  DENIES: 3,
  THREATENS: 3,
  AGREES_WITH: 3,
  PROVIDES_AID: 3,
  SANCTIONS: 2,
  OFFERS_MEDIATION: 2,
  MEDIATES: 1.5,
  DECLARES_CEASEFIRE: 1.5,
};

const VERB: Readonly<Record<RelationType, string>> = {
  CALLS_FOR_CEASEFIRE: "called on {t} to cease fire",
  CALLS_FOR_TALKS: "urged {t} to return to talks",
  OFFERS_MEDIATION: "offered to host talks for {t}",
  MEDIATES: "brokered talks with {t}",
  TALKS_WITH: "held a phone call with {t}",
  SUPPORTS: "renewed its support for {t}",
  PRAISES: "welcomed the initiative of {t}",
  AGREES_WITH: "signed an agreement with {t}",
  PROVIDES_AID: "sent aid to {t}",
  DECLARES_CEASEFIRE: "agreed to a ceasefire with {t}",
  EXPRESSES_CONCERN: "expressed concern about {t}",
  DENIES: "denied the claims of {t}",
  DEMANDS: "demanded the withdrawal of {t}",
  REJECTS: "rejected the proposal of {t}",
  WARNS: "warned {t} against escalation",
  CONDEMNS: "condemned {t}",
  ACCUSES: "accused {t} of shelling",
  THREATENS: "threatened to retaliate against {t}",
  SANCTIONS: "imposed sanctions on {t}",
  ATTACKS: "launched an attack on {t}",
};

const OUTLETS = [
  "Reuters",
  "AP",
  "AFP",
  "BBC",
  "Al Jazeera",
  "DW",
  "TASS",
  "Xinhua",
  "Anadolu",
  "France 24",
  "The Guardian",
  "Le Monde",
  "El País",
  "NHK",
  "Yonhap",
  "Kyiv Independent",
  "Times of India",
  "Daily Nation",
  "Al Arabiya",
  "Armenpress",
];

const SYLLABLES = [
  "va",
  "lor",
  "ka",
  "mi",
  "ten",
  "so",
  "ra",
  "bel",
  "dun",
  "is",
  "or",
  "pa",
  "zu",
  "shen",
  "ti",
  "mar",
];

function word(rand: () => number, parts: number): string {
  let w = "";
  for (let i = 0; i < parts; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return w.charAt(0).toUpperCase() + w.slice(1);
}

function code(i: number, prefix: string): string {
  const a = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  return `${prefix}${a[Math.floor(i / 26) % 26]}${a[i % 26]}`;
}

/** Kinds for the non-state, non-organisation rest, with their shares. */
const TIED_KINDS: ReadonlyArray<[ActorKind, number]> = [
  ["person", 0.62],
  ["government_body", 0.18],
  ["armed_force", 0.07],
  ["ngo", 0.07],
  ["media", 0.06],
];

export interface SyntheticActors {
  actors: Actor[];
  /** For people, bodies and forces: the id of the state they speak for. */
  represents: Map<string, string>;
}

export function syntheticActors(count: number, seed: number): SyntheticActors {
  const rand = prng(seed ^ 0x5eed);
  const states = Math.max(2, Math.min(200, Math.round(count * 0.1)));
  const igos = Math.max(1, Math.min(40, Math.round(count * 0.02)));
  const groups = Math.max(1, Math.min(80, Math.round(count * 0.03)));
  const actors: Actor[] = [];
  const represents = new Map<string, string>();
  for (let i = 0; i < states && actors.length < count; i++) {
    const name = `${word(rand, 2)}ia`;
    actors.push({
      id: `state-${i}`,
      name,
      kind: "state",
      affiliation: code(i, "S"),
      aliases: [`${name}n Republic`],
    });
  }
  for (let i = 0; i < igos && actors.length < count; i++) {
    actors.push({
      id: `igo-${i}`,
      name: `${word(rand, 2)} Union`,
      kind: "igo",
      affiliation: code(i, "O"),
      aliases: [],
    });
  }
  for (let i = 0; i < groups && actors.length < count; i++) {
    actors.push({
      id: `group-${i}`,
      name: `${word(rand, 2)} Front`,
      kind: "group",
      affiliation: code(i, "G"),
      aliases: [],
    });
  }
  const stateCount = Math.min(states, actors.length);
  // Big states have many officials: the tied actors pick their state Zipf-wise.
  const stateWeights = cumulativeZipf(stateCount, 1.1);
  for (let i = actors.length; i < count; i++) {
    let r = rand();
    let kind: ActorKind = "person";
    for (const [k, share] of TIED_KINDS) {
      if (r < share) {
        kind = k;
        break;
      }
      r -= share;
    }
    const state = actors[pick(stateWeights, rand())] as Actor;
    const id = `${kind.replace("_", "-")}-${i}`;
    if (kind === "person") {
      const first = word(rand, 2);
      const last = word(rand, 3);
      actors.push({
        id,
        name: `${first} ${last}`,
        kind,
        affiliation: state.affiliation,
        role: `Minister of ${state.name}`,
        aliases: [`${first.charAt(0)}. ${last}`],
      });
      represents.set(id, state.id);
    } else if (kind === "government_body" || kind === "armed_force") {
      const name = kind === "armed_force" ? `${state.name} Armed Forces ${i}` : `${state.name} Ministry ${i}`;
      actors.push({ id, name, kind, affiliation: state.affiliation, aliases: [] });
      represents.set(id, state.id);
    } else {
      actors.push({
        id,
        name: `${word(rand, 2)} ${kind === "ngo" ? "Watch" : "News"}`,
        kind,
        affiliation: state.affiliation,
        aliases: [],
      });
    }
  }
  return { actors, represents };
}

function cumulativeZipf(n: number, s: number): Float64Array {
  const c = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum += 1 / (i + 1) ** s;
    c[i] = sum;
  }
  for (let i = 0; i < n; i++) c[i] = (c[i] as number) / sum;
  return c;
}

function pick(cumulative: Float64Array, r: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cumulative[mid] as number) < r) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isoDate(day: number): string {
  return new Date(Date.UTC(2024, 11, 31) - day * 86_400_000).toISOString().slice(0, 10);
}

/** The corpus, article by article, lazily: a million statements never sit in memory at once. */
export function* syntheticArticles(options: SyntheticOptions): Generator<SyntheticArticle> {
  const { actors } = syntheticActors(options.actors, options.seed);
  const rand = prng(options.seed);
  const actorWeights = cumulativeZipf(actors.length, 1.0);
  const types = RELATION_TYPES.filter((t) => TYPE_SHARE[t] > 0);
  const typeWeights = new Float64Array(types.length);
  let total = 0;
  types.forEach((t, i) => {
    total += TYPE_SHARE[t];
    typeWeights[i] = total;
  });
  for (let i = 0; i < types.length; i++) typeWeights[i] = (typeWeights[i] as number) / total;
  const days = Math.max(1, Math.round(options.years * 365.25));
  const maxPerArticle = Math.max(1, 2 * options.relationsPerArticle - 1);

  for (let a = 0; a < options.articles; a++) {
    const source = OUTLETS[Math.floor(rand() * OUTLETS.length)] as string;
    const publishedAt = isoDate(Math.floor(rand() * days));
    const n = 1 + Math.floor(rand() * maxPerArticle);
    const used = new Map<string, Actor>();
    const relations: ExtractedRelation[] = [];
    const sentences: string[] = [];
    let offset = 0;
    for (let k = 0; k < n; k++) {
      const si = pick(actorWeights, rand());
      let ti = pick(actorWeights, rand());
      if (ti === si) ti = (si + 1) % actors.length;
      if (ti === si) continue;
      const s = actors[si] as Actor;
      const t = actors[ti] as Actor;
      const type = types[pick(typeWeights, rand())] as RelationType;
      const trigger = VERB[type].replace(" {t}", "").replace("{t}", "");
      const sentence = `${s.name} ${VERB[type].replace("{t}", t.name)}.`;
      const speakerRoll = rand();
      const speaker = speakerRoll < 0.08 ? (actors[pick(actorWeights, rand())] as Actor) : undefined;
      used.set(s.id, s);
      used.set(t.id, t);
      if (speaker) used.set(speaker.id, speaker);
      relations.push({
        source: s.id,
        type,
        target: t.id,
        evidence: {
          sentence,
          start: offset,
          end: offset + sentence.length,
          trigger,
          quote: rand() < 0.2,
          ...(speaker && speaker.id !== s.id ? { speaker: speaker.id } : {}),
          negated: rand() < 0.03,
          future: rand() < 0.05,
          confidence: Math.round((0.5 + rand() * 0.5) * 100) / 100,
          rule: `synthetic.${type.toLowerCase()}`,
        },
      });
      sentences.push(sentence);
      offset += sentence.length + 1;
    }
    const first = relations[0];
    yield {
      meta: {
        title: first ? `${used.get(first.source)?.name} and ${used.get(first.target)?.name}` : `Article ${a}`,
        url: `https://synthetic.example/${options.seed}/${a}`,
        source,
        publishedAt,
      },
      result: { text: sentences.join(" "), actors: [...used.values()], relations, warnings: [] },
    };
  }
}
