/**
 * Office holders indexed for one article date: who held which office of which state or
 * organisation then, and every spelling by which they may appear (full name, aliases,
 * surname). A former minister is not the state, so only terms covering the date count.
 */
import { type Actor, slugify } from "../../domain/actors.js";
import type { Office, OfficeHolder } from "./office-holder.js";

export interface PersonIndex {
  /** Phrase key (lower-case, space-joined tokens) → people it may name. */
  byPhrase: ReadonlyMap<string, readonly OfficeHolder[]>;
  /** Holders of an office; with a title word ("President"), those whose title has it come first, whatever the office (Iran's president heads the government). */
  holdersOf(affiliation: string, office: Office, title?: string): readonly OfficeHolder[];
  /** First tokens of every indexed phrase, for a cheap rejection. */
  firstTokens: ReadonlySet<string>;
  /** Everyone in office on the date, for fuzzy matching with role context. */
  active: readonly OfficeHolder[];
}

function inOffice(holder: OfficeHolder, date: string): boolean {
  return holder.from <= date && (holder.to === undefined || date <= holder.to);
}

export function personActor(holder: OfficeHolder): Actor {
  return {
    id: slugify(holder.name),
    name: holder.name,
    kind: "person",
    affiliation: holder.affiliation,
    role: holder.title,
    aliases: [...holder.aliases],
  };
}

export function buildPersonIndex(
  holders: readonly OfficeHolder[],
  date: string,
  keyOf: (phrase: string) => string,
): PersonIndex {
  const active = holders.filter((h) => inOffice(h, date));
  const byPhrase = new Map<string, OfficeHolder[]>();
  const add = (phrase: string, h: OfficeHolder) => {
    const key = keyOf(phrase);
    if (key.length < 3) return;
    const list = byPhrase.get(key) ?? [];
    if (!list.some((x) => x.name === h.name)) list.push(h);
    byPhrase.set(key, list);
  };
  for (const h of active) {
    add(h.name, h);
    for (const a of h.aliases) add(a, h);
  }
  // Surnames only where they name one person, and never over a full name.
  const surnames = new Map<string, OfficeHolder[]>();
  for (const h of active) {
    for (const n of [h.name, ...h.aliases]) {
      const last = n.split(/\s+/).at(-1) ?? "";
      if (last.length < 4 || last === n) continue;
      const key = keyOf(last);
      const list = surnames.get(key) ?? [];
      if (!list.some((x) => x.name === h.name)) list.push(h);
      surnames.set(key, list);
    }
  }
  for (const [key, list] of surnames) {
    if (list.length === 1 && !byPhrase.has(key) && list[0]) byPhrase.set(key, [list[0]]);
  }
  return {
    byPhrase,
    active,
    firstTokens: new Set([...byPhrase.keys()].map((k) => k.split(" ")[0] ?? k)),
    holdersOf: (affiliation, office, title) => {
      const own = active.filter((h) => h.affiliation === affiliation);
      const titled =
        title && title !== "Minister"
          ? own.filter((h) => h.title.toLowerCase().startsWith(title.toLowerCase()))
          : [];
      return titled.length > 0 ? titled : own.filter((h) => h.office === office);
    },
  };
}
