/** The actor model of shared/ontology.md. */

export const ACTOR_KINDS = [
  "state",
  "person",
  "government_body",
  "armed_force",
  "igo",
  "group",
  "ngo",
  "media",
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export interface Actor {
  /** Stable slug: `russia`, `vladimir-putin`, `osce`. */
  id: string;
  /** Canonical display name. */
  name: string;
  kind: ActorKind;
  /** ISO 3166-1 alpha-3 for a state and what speaks for it; an upper-case code for an IGO or group. */
  affiliation: string;
  /** For people and bodies: "Foreign Minister of Russia". */
  role?: string;
  /** Other spellings seen in text. */
  aliases: string[];
}

/** Lower-case ASCII slug: "Sergey Lavrov" → "sergey-lavrov", "Mevlüt Çavuşoğlu" → "mevlut-cavusoglu". */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ı/g, "i")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
