/**
 * Who an affiliation code names: the state, organisation or group a person, body or force
 * speaks for, and the organisations a state belongs to. Taken from the extractor's gazetteer
 * (states from `world-countries`, organisations and groups by code) so ids match its output.
 */
import { type Actor, type ActorKind, slugify } from "../domain/actors.js";
import { type MembershipOrganisation, organisationsOf } from "../domain/memberships.js";
import { STATES } from "../extraction/gazetteer/countries.js";
import type { OfficeHolder } from "../extraction/gazetteer/office-holder.js";
import { ORGANIZATIONS } from "../extraction/gazetteer/organizations.js";
import { OFFICE_HOLDERS } from "../extraction/gazetteer/people.js";

/** Kinds that speak for a principal rather than being one. */
const REPRESENTATIVE_KINDS: ReadonlySet<ActorKind> = new Set(["person", "government_body", "armed_force"]);
/** Kinds that can be spoken for. */
const PRINCIPAL_KINDS: ReadonlySet<ActorKind> = new Set(["state", "igo", "group"]);

/**
 * Affiliation code → the actor it names. Organs share their organisation's code (the ICJ is
 * `UN`): the first entry of a code, the organisation itself, is its principal.
 */
const KNOWN_PRINCIPALS: ReadonlyMap<string, Actor> = (() => {
  const principals = new Map<string, Actor>(STATES.states);
  for (const o of ORGANIZATIONS) {
    if (principals.has(o.affiliation)) continue;
    principals.set(o.affiliation, {
      id: slugify(o.name),
      name: o.name,
      kind: o.kind,
      affiliation: o.affiliation,
      aliases: [...o.aliases],
    });
  }
  return principals;
})();

export function speaksForAPrincipal(actor: Actor): boolean {
  return REPRESENTATIVE_KINDS.has(actor.kind);
}

export function isPrincipal(actor: Actor): boolean {
  return PRINCIPAL_KINDS.has(actor.kind);
}

/** The principal an affiliation code names when the gazetteer knows it. */
export function knownPrincipal(affiliation: string): Actor | undefined {
  return KNOWN_PRINCIPALS.get(affiliation);
}

/** The organisations of the membership table a state belongs to, as actors. */
export function membershipsOf(state: Actor): Actor[] {
  return organisationsOf(state.affiliation)
    .map((code: MembershipOrganisation) => KNOWN_PRINCIPALS.get(code))
    .filter((org): org is Actor => org !== undefined);
}

const TERMS_BY_PERSON: ReadonlyMap<string, readonly OfficeHolder[]> = (() => {
  const terms = new Map<string, OfficeHolder[]>();
  for (const holder of OFFICE_HOLDERS) {
    const id = slugify(holder.name);
    terms.set(id, [...(terms.get(id) ?? []), holder]);
  }
  return terms;
})();

export interface OfficeTerm {
  role: string;
  /** YYYY-MM-DD */
  from: string;
  to: string | null;
}

/**
 * The term in office (from the extractor's dated table of office holders) in which a person
 * spoke for their affiliation on the article's date; the one matching their role first.
 */
export function officeTerm(actor: Actor, date: string): OfficeTerm | undefined {
  const terms = (TERMS_BY_PERSON.get(actor.id) ?? []).filter(
    (t) => t.affiliation === actor.affiliation && t.from <= date && (t.to === undefined || date <= t.to),
  );
  const term = terms.find((t) => t.title === actor.role) ?? terms[0];
  return term && { role: term.title, from: term.from, to: term.to ?? null };
}
