/**
 * Government bodies and armed forces named by a pattern: a state word ("Russian",
 * "Azerbaijan's", "the Armenian") followed by a head ("Foreign Ministry", "army"), or a
 * head followed by "of <state>". When the text names a body, the body is the actor; heads
 * that stand for the government as a whole ("government", "authorities") give the state.
 */
import type { ActorKind } from "../../domain/actors.js";

export interface BodyClass {
  id: string;
  kind: Extract<ActorKind, "government_body" | "armed_force" | "state">;
  /** Display head: "<Demonym> <head>" is the canonical name. */
  head: string;
  /** Every wording of the head; each also becomes an alias of the body. */
  heads: readonly string[];
}

export const BODY_CLASSES: readonly BodyClass[] = [
  {
    id: "foreign_ministry",
    kind: "government_body",
    head: "Foreign Ministry",
    heads: [
      "Foreign Ministry",
      "Ministry of External Affairs",
      "External Affairs Ministry",
      "Ministry of Foreign Affairs",
      "Foreign Affairs Ministry",
      "Foreign Office",
      "Department of Foreign Affairs",
      "diplomatic service",
      "State Department",
    ],
  },
  {
    id: "defence_ministry",
    kind: "government_body",
    head: "Defense Ministry",
    heads: [
      "Defense Ministry",
      "Defence Ministry",
      "Ministry of Defense",
      "Ministry of Defence",
      "Ministry of National Defense",
      "Ministry of National Defence",
      "Defense Department",
      "Department of Defense",
    ],
  },
  {
    id: "interior_ministry",
    kind: "government_body",
    head: "Interior Ministry",
    heads: ["Interior Ministry", "Ministry of Interior", "Ministry of the Interior", "Home Office"],
  },
  {
    id: "presidency",
    kind: "government_body",
    head: "Presidency",
    heads: ["presidency", "presidential office", "Presidential Administration", "president's office"],
  },
  { id: "embassy", kind: "government_body", head: "Embassy", heads: ["embassy"] },
  {
    id: "parliament",
    kind: "government_body",
    head: "Parliament",
    heads: ["parliament", "National Assembly", "legislature"],
  },
  {
    id: "intelligence",
    kind: "government_body",
    head: "intelligence",
    heads: ["intelligence service", "intelligence services", "intelligence agency"],
  },
  {
    id: "armed_forces",
    kind: "armed_force",
    head: "Armed Forces",
    heads: [
      "Armed Forces",
      "army",
      "military",
      "forces",
      "troops",
      "soldiers",
      "regular army",
      "Defense Forces",
      "Defence Forces",
      "national army",
      "armed forces",
      "air force",
      "air defences",
      "air defenses",
      "air defence",
      "air defense",
      "air defence systems",
      "air defense systems",
      "warships",
      "naval forces",
      "ground forces",
      "special forces",
      "navy",
      "artillery",
      "warplanes",
      "jets",
      "drones",
      "fighter jets",
      "missiles",
      "rockets",
      "tanks",
      "helicopters",
      "helicopter gunships",
      "gunboats",
    ],
  },
  {
    id: "coast_guard",
    kind: "armed_force",
    head: "Coast Guard",
    heads: ["Coast Guard", "coastguard", "coast guard ships", "coast guard vessels"],
  },
  {
    id: "police",
    kind: "armed_force",
    head: "Police",
    heads: ["police", "police force", "border guards", "security forces"],
  },
  {
    id: "government",
    kind: "state",
    head: "government",
    heads: [
      "government",
      "authorities",
      "administration",
      "cabinet",
      "regime",
      "leadership",
      "side",
      "officials",
      "leaders",
      "diplomats",
      "diplomat",
      "delegation",
      "representatives",
      "counterparts",
      "counterpart",
    ],
  },
];
