/**
 * The extraction engine: normalise → sentences → mentions (with person resolution)
 * → coreference → relations → dedupe. Pure and deterministic: the same input gives the
 * same result, and bad input gives warnings, never an exception.
 */
import type { Actor } from "../domain/actors.js";
import type { ArticleInput, ExtractionResult } from "../domain/extraction.js";
import type { RelationType } from "../domain/relations.js";
import type { OfficeHolder } from "./gazetteer/office-holder.js";
import { buildPersonIndex, type PersonIndex } from "./gazetteer/persons.js";
import { RELATION_RULES } from "./rules/relation-rules.js";
import type { RelationRule } from "./rules/rule.js";
import { type ConflictEvidence, findParties, pairKey, resolveCoreference } from "./stages/coref.js";
import { addDescriptionMentions } from "./stages/descriptions.js";
import { addHalfMentions } from "./stages/halves.js";
import { findMentions, type MentionContext } from "./stages/mentions.js";
import { looksLikeHtml, normalizeText } from "./stages/normalize.js";
import { type Candidate, extractRelations } from "./stages/relations.js";
import { collectActors, dedupe } from "./stages/score.js";
import { splitSentences } from "./stages/sentences.js";
import { phraseKey, tokenize } from "./stages/tokens.js";
import type { AnalysedSentence, Mention } from "./types.js";

/** Past this the rest is ignored (with a warning), keeping time and memory bounded. */
const MAX_INPUT_CHARS = 5_000_000;
/** Inputs longer than this (far beyond any article) find the parties in one pass. */
const SINGLE_PASS_CHARS = 200_000;
/** Sentences longer than this are rarely prose (tables, junk) and are skipped for relations. */
const MAX_SENTENCE_TOKENS = 400;

export interface ExtractorOptions {
  officeHolders?: readonly OfficeHolder[];
  rules?: readonly RelationRule[];
  /** Date used when the article has none. */
  defaultDate?: string;
}

const CONFLICT_WEIGHT: Partial<Record<RelationType, number>> = {
  ATTACKS: 3,
  ACCUSES: 2,
  CONDEMNS: 1,
  THREATENS: 2,
  WARNS: 1,
  SANCTIONS: 2,
  DENIES: 1,
};

function conflictEvidence(candidates: readonly Candidate[]): ConflictEvidence {
  const evidence = new Map<string, number>();
  for (const c of candidates) {
    if (c.negated) continue;
    const key = pairKey(c.source.affiliation, c.target.affiliation);
    evidence.set(key, (evidence.get(key) ?? 0) + (CONFLICT_WEIGHT[c.type] ?? 0));
  }
  return evidence;
}

/** Person indexes per date for one table: articles of one day share it. */
function personIndexCache(holders: readonly OfficeHolder[]): (date: string) => PersonIndex {
  const cache = new Map<string, PersonIndex>();
  return (date) => {
    const cached = cache.get(date);
    if (cached) return cached;
    const index = buildPersonIndex(holders, date, phraseKey);
    if (cache.size > 256) cache.clear();
    cache.set(date, index);
    return index;
  };
}

function isDate(value: string | undefined): value is string {
  return value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value);
}

export function createExtractor(options: ExtractorOptions = {}): (input: ArticleInput) => ExtractionResult {
  const personIndexFor = personIndexCache(options.officeHolders ?? []);
  const rules = options.rules ?? RELATION_RULES;
  const conflictRules = rules.filter((r) => CONFLICT_WEIGHT[r.relation] !== undefined);
  return (input) => {
    const warnings: string[] = [];
    let raw = typeof input?.text === "string" ? input.text : "";
    if (typeof input?.text !== "string") warnings.push("input text is not a string; treated as empty");
    if (raw.length > MAX_INPUT_CHARS) {
      warnings.push(`input truncated from ${raw.length} to ${MAX_INPUT_CHARS} characters`);
      raw = raw.slice(0, MAX_INPUT_CHARS);
    }
    const html = input?.html === true || looksLikeHtml(raw);
    const text = normalizeText(raw, html);
    if (text.length === 0) {
      warnings.push("no text to extract from");
      return { text, actors: [], relations: [], warnings };
    }
    const date = isDate(input.publishedAt)
      ? input.publishedAt
      : (options.defaultDate ?? new Date().toISOString().slice(0, 10));
    if (input.publishedAt !== undefined && !isDate(input.publishedAt))
      warnings.push(`publishedAt "${input.publishedAt}" is not YYYY-MM-DD; using ${date}`);
    if (input.publishedAt === undefined) warnings.push(`no publishedAt; office holders taken as of ${date}`);
    const persons = personIndexFor(date);
    const sentences = splitSentences(text);
    const ctx: MentionContext = { persons, known: new Map() };
    let skipped = 0;
    // Tokens live only while a sentence's mentions are found, so huge inputs stay small in memory.
    const mentions: Mention[][] = sentences.map((s) => {
      const t = tokenize(s.text);
      if (t.length > MAX_SENTENCE_TOKENS) {
        skipped++;
        return [];
      }
      return findMentions(s.text, t, ctx);
    });
    if (skipped > 0) warnings.push(`${skipped} over-long sentence(s) skipped`);
    addHalfMentions(sentences, mentions);
    addDescriptionMentions(sentences, mentions);
    const analyse = (parties: readonly [Actor, Actor] | undefined): AnalysedSentence[] => {
      const resolved = resolveCoreference(sentences, mentions, persons, parties);
      return sentences.map((s, i) => ({ ...s, mentions: resolved[i] ?? [] }));
    };
    // Two passes: who fights whom (conflictual relations read without any parties) sharpens the parties
    // the second pass fills in. Past article size the joined pairs alone decide, keeping time linear and low.
    const firstParties = findParties(sentences, mentions);
    const hostility =
      text.length > SINGLE_PASS_CHARS
        ? undefined
        : conflictEvidence(extractRelations(analyse(firstParties), conflictRules, undefined));
    const parties = hostility ? findParties(sentences, mentions, hostility) : firstParties;
    const analysed = analyse(parties);
    const candidates = extractRelations(analysed, rules, parties, hostility);
    const relations = dedupe(candidates);
    const actors = collectActors(analysed, candidates);
    if (actors.length === 0) warnings.push("no actors recognised");
    return { text, actors, relations, warnings };
  };
}
