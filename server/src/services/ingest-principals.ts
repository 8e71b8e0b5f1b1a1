/**
 * Who an affiliation code names: the state, organisation or group a person, body or force
 * speaks for, and the organisations a state belongs to. Taken from the extractor's gazetteer
 * (states from `world-countries`, organisations and groups by code) so ids match its output.
 */
import { type Actor, type ActorKind, slugify } from "../domain/actors.js";
import { type MembershipOrganisation, organisationsOf } from "../domain/memberships.js";
import { STATES } from "../extraction/gazetteer/countries.js";
import { ORGANIZATIONS } from "../extraction/gazetteer/organizations.js";

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
