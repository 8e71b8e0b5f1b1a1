/** Actors for government bodies and armed forces of a state, named "<Demonym> <head>". */
import { type Actor, slugify } from "../../domain/actors.js";
import type { BodyClass } from "../gazetteer/bodies.js";
import { STATES } from "../gazetteer/countries.js";
import { affiliationActor, stateActor } from "./resolve.js";

const cache = new Map<string, Actor | undefined>();

/** Bodies known by a proper name, kept as the text gives it ("the US State Department", not "American Foreign Ministry"). */
const PROPER_NAMES: Readonly<Record<string, string>> = {
  "USA|foreign_ministry": "State Department",
  "GBR|foreign_ministry": "Foreign Office",
};

/** Bodies are few and immutable, so each is built once. */
export function bodyActor(code: string, body: BodyClass): Actor | undefined {
  const key = `${code}|${body.id}`;
  if (!cache.has(key)) cache.set(key, buildBodyActor(code, body));
  return cache.get(key);
}

function buildBodyActor(code: string, body: BodyClass): Actor | undefined {
  const state = stateActor(code);
  // An organisation's or group's bodies speak as the organisation itself.
  if (!state) return affiliationActor(code);
  if (body.kind === "state") return state;
  const demonym = STATES.demonymOf.get(code) ?? state.name;
  const generic = `${demonym} ${body.head}`;
  const name = PROPER_NAMES[`${code}|${body.id}`] ?? generic;
  const aliases = new Set<string>([generic]);
  for (const head of body.heads) {
    for (const owner of [demonym, state.name]) aliases.add(`${owner} ${head}`);
    aliases.add(`${head} of ${state.name}`);
  }
  aliases.delete(name);
  return {
    id: slugify(name),
    name,
    kind: body.kind,
    affiliation: code,
    role: `${body.head} of ${state.name}`,
    aliases: [...aliases],
  };
}
