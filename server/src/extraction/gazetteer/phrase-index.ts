/**
 * One lookup table over every fixed phrase the mention finder knows: state names,
 * demonyms and metonyms, organisations, body heads and titles. Phrases are keyed by
 * their lower-case tokens so "U.S." and "u.s." share a key; case is checked on match.
 */
import { phraseKey } from "../stages/tokens.js";
import type { BodyClass } from "./bodies.js";
import { BODY_CLASSES } from "./bodies.js";
import type { StatePhrase } from "./countries.js";
import { STATES } from "./countries.js";
import type { OrganizationEntry } from "./organizations.js";
import { ORGANIZATIONS } from "./organizations.js";
import type { TitleEntry } from "./titles.js";
import { TITLES } from "./titles.js";

export type PhraseEntry =
  | { type: "state"; state: StatePhrase; phrase: string }
  | { type: "org"; org: OrganizationEntry; phrase: string }
  | { type: "head"; body: BodyClass; phrase: string }
  | { type: "title"; title: TitleEntry; phrase: string };

export interface PhraseIndex {
  entries: ReadonlyMap<string, readonly PhraseEntry[]>;
  maxTokens: number;
  /** Longest phrase (in tokens) starting with each first token: most positions are rejected with one lookup. */
  maxTokensAfter: ReadonlyMap<string, number>;
}

function build(): PhraseIndex {
  const entries = new Map<string, PhraseEntry[]>();
  const maxTokensAfter = new Map<string, number>();
  let maxTokens = 1;
  const add = (phrase: string, entry: PhraseEntry) => {
    const key = phraseKey(phrase);
    if (!key) return;
    const parts = key.split(" ");
    const first = parts[0] ?? key;
    maxTokensAfter.set(first, Math.max(maxTokensAfter.get(first) ?? 0, parts.length));
    maxTokens = Math.max(maxTokens, key.split(" ").length);
    const list = entries.get(key) ?? [];
    list.push(entry);
    entries.set(key, list);
  };
  // Organisations first: on a shared key ("Brussels") the organisation wins.
  for (const org of ORGANIZATIONS) {
    for (const a of [org.name, ...org.aliases]) {
      add(a, { type: "org", org, phrase: a });
      // Translated outlets insert articles: "the Group of the Seven", "the League of the Arab States".
      const withArticle = a.replace(/ of (?!the )/, " of the ");
      if (withArticle !== a) add(withArticle, { type: "org", org, phrase: withArticle });
    }
  }
  for (const state of STATES.phrases) add(state.phrase, { type: "state", state, phrase: state.phrase });
  for (const body of BODY_CLASSES) {
    for (const h of body.heads) add(h, { type: "head", body, phrase: h });
  }
  for (const title of TITLES) add(title.phrase, { type: "title", title, phrase: title.phrase });
  return { entries, maxTokens, maxTokensAfter };
}

export const PHRASES: PhraseIndex = build();
