/**
 * Turns what the text says about a person (a name, a title, a state) into an actor.
 * Known office holders win; a mangled name is accepted only when the role context
 * narrows the candidates (e.g. "his Azerbaijani counterpart" beside a foreign minister
 * → Azerbaijan's foreign minister on the article's date), never by spelling alone.
 */
import { distance } from "fastest-levenshtein";
import { type Actor, slugify } from "../../domain/actors.js";
import { STATES } from "../gazetteer/countries.js";
import type { Office, OfficeHolder } from "../gazetteer/office-holder.js";
import { ORGANIZATIONS } from "../gazetteer/organizations.js";
import { type PersonIndex, personActor } from "../gazetteer/persons.js";
import { phraseKey } from "./tokens.js";

/** Spelling similarity needed when role and affiliation leave one candidate. */
const SIMILARITY_WITH_ROLE = 0.5;
/** Needed when only the affiliation is known. */
const SIMILARITY_WITH_AFFILIATION = 0.75;

export function stateActor(code: string): Actor | undefined {
  return STATES.states.get(code);
}

const BY_NAME: ReadonlyMap<string, Actor> = new Map(
  ORGANIZATIONS.map((o) => [
    o.name,
    { id: slugify(o.name), name: o.name, kind: o.kind, affiliation: o.affiliation, aliases: [...o.aliases] },
  ]),
);

/** The actor for one organisation entry (an organ such as a court keeps its own name). */
export function organizationActor(name: string): Actor | undefined {
  return BY_NAME.get(name);
}

/** Several entries may share a code (UN organs are UN): the first entry stands for the code. */
const BY_CODE: ReadonlyMap<string, Actor> = new Map(
  [...BY_NAME.values()].reverse().map((a) => [a.affiliation, a]),
);

function orgActor(affiliation: string): Actor | undefined {
  return BY_CODE.get(affiliation);
}

/** The state or organisation an affiliation code stands for. */
export function affiliationActor(code: string): Actor | undefined {
  return stateActor(code) ?? orgActor(code);
}

function squash(name: string): string {
  return slugify(name).replace(/-/g, "");
}

function surname(name: string): string {
  return squash(name.split(/\s+/).at(-1) ?? name);
}

function nameSimilarity(written: string, holder: OfficeHolder): number {
  let best = 0;
  const w = squash(written);
  const ws = surname(written);
  for (const n of [holder.name, ...holder.aliases]) {
    const full = squash(n);
    const last = surname(n);
    const s1 = 1 - distance(w, full) / Math.max(w.length, full.length, 1);
    const s2 = 1 - distance(ws, last) / Math.max(ws.length, last.length, 1);
    best = Math.max(best, s1, s2);
  }
  return best;
}

export interface PersonClue {
  name: string;
  office?: Office;
  affiliation?: string;
  /** Display title written in the text ("Foreign Minister"). */
  title?: string;
}

export interface ResolvedPerson {
  actor: Actor;
  office?: Office;
  certainty: number;
  via: string;
}

function best(
  holders: readonly OfficeHolder[],
  name: string,
): { holder: OfficeHolder; score: number } | undefined {
  let top: { holder: OfficeHolder; score: number } | undefined;
  for (const h of holders) {
    const score = nameSimilarity(name, h);
    if (!top || score > top.score) top = { holder: h, score };
  }
  return top;
}

/** A table holder matched by spelling: the actor (the text's spelling kept as an alias), certainty by score. */
function fuzzyMatch(
  top: { holder: OfficeHolder; score: number },
  name: string,
  base: number,
  span: number,
  via: string,
) {
  const actor = personActor(top.holder);
  if (!actor.aliases.includes(name) && name !== actor.name) actor.aliases.push(name);
  return { actor, office: top.holder.office, certainty: base + span * top.score, via };
}

export function resolvePerson(clue: PersonClue, persons: PersonIndex): ResolvedPerson | undefined {
  const exact = persons.byPhrase.get(phraseKey(clue.name)) ?? [];
  const fitting = clue.affiliation ? exact.filter((h) => h.affiliation === clue.affiliation) : exact;
  if (fitting.length === 1 && fitting[0]) {
    return {
      actor: personActor(fitting[0]),
      office: fitting[0].office,
      certainty: 0.95,
      via: "person:table-name",
    };
  }
  // "The Presidents Sadyr Zhaparov and ...": no state, but the office narrows the table to a few names.
  if (!clue.affiliation && clue.office && clue.office !== "other") {
    const top = best(
      persons.active.filter((h) => h.office === clue.office),
      clue.name,
    );
    if (top && top.score >= SIMILARITY_WITH_AFFILIATION) {
      return fuzzyMatch(top, clue.name, 0.5, 0.4, "person:table-office-fuzzy");
    }
  }
  if (clue.affiliation && clue.office && clue.office !== "other") {
    const holders = persons.holdersOf(clue.affiliation, clue.office, clue.title);
    const top = best(holders, clue.name);
    if (holders.length === 1 && top && top.score >= SIMILARITY_WITH_ROLE) {
      return fuzzyMatch(top, clue.name, 0.6, 0.3, "person:table-role-fuzzy");
    }
  }
  if (clue.affiliation) {
    const top = best(
      persons.active.filter((h) => h.affiliation === clue.affiliation),
      clue.name,
    );
    if (top && top.score >= SIMILARITY_WITH_AFFILIATION) {
      return fuzzyMatch(top, clue.name, 0.5, 0.4, "person:table-affiliation-fuzzy");
    }
    const place = affiliationActor(clue.affiliation);
    const role = clue.title ? `${clue.title}${place ? ` of ${place.name}` : ""}` : undefined;
    return {
      actor: {
        id: slugify(clue.name),
        name: clue.name,
        kind: "person",
        affiliation: clue.affiliation,
        ...(role ? { role } : {}),
        aliases: [],
      },
      ...(clue.office ? { office: clue.office } : {}),
      certainty: 0.75,
      via: "person:discovered",
    };
  }
  return undefined;
}

/** Who holds an office of a state on the article's date, when the text names only the office. */
export function holderOf(
  affiliation: string,
  office: Office,
  persons: PersonIndex,
  title?: string,
): ResolvedPerson | undefined {
  const holders = persons.holdersOf(affiliation, office, title);
  if (holders.length !== 1 || !holders[0]) return undefined;
  return { actor: personActor(holders[0]), office, certainty: 0.85, via: "person:table-office" };
}
