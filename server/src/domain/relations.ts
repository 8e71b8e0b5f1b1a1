/**
 * The 20 relation types of shared/ontology.md: the one table of ids, polarity,
 * CAMEO codes, Goldstein weights and display styles. Extraction, Neo4j, the API and
 * the explorer all read from here.
 */

export const POLARITIES = ["cooperative", "neutral", "conflictual"] as const;
export type Polarity = (typeof POLARITIES)[number];

export const RELATION_TYPES = [
  "CALLS_FOR_CEASEFIRE",
  "CALLS_FOR_TALKS",
  "OFFERS_MEDIATION",
  "MEDIATES",
  "TALKS_WITH",
  "SUPPORTS",
  "PRAISES",
  "AGREES_WITH",
  "PROVIDES_AID",
  "DECLARES_CEASEFIRE",
  "EXPRESSES_CONCERN",
  "DENIES",
  "DEMANDS",
  "REJECTS",
  "WARNS",
  "CONDEMNS",
  "ACCUSES",
  "THREATENS",
  "SANCTIONS",
  "ATTACKS",
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Solid for cooperative, dashed for neutral, dotted for conflictual: readable without colour. */
export type LineStyle = "solid" | "dashed" | "dotted";

export interface RelationTypeInfo {
  id: RelationType;
  label: string;
  meaning: string;
  polarity: Polarity;
  cameo: string;
  /** Goldstein scale value used as the edge weight (−10 … +10). */
  goldstein: number;
  /** ⇄ types: compared as unordered pairs. */
  symmetric: boolean;
  color: string;
}

export const RELATIONS: Readonly<Record<RelationType, RelationTypeInfo>> = {
  CALLS_FOR_CEASEFIRE: {
    id: "CALLS_FOR_CEASEFIRE",
    label: "calls for ceasefire",
    meaning: "appeals to target to stop fighting, withdraw, de-escalate, show restraint",
    polarity: "neutral",
    cameo: "0256",
    goldstein: -0.3,
    symmetric: false,
    color: "#7c8da6",
  },
  CALLS_FOR_TALKS: {
    id: "CALLS_FOR_TALKS",
    label: "calls for talks",
    meaning: "appeals to target to negotiate or seek a diplomatic solution",
    polarity: "cooperative",
    cameo: "026-028",
    goldstein: 4.0,
    symmetric: false,
    color: "#4aa3a2",
  },
  OFFERS_MEDIATION: {
    id: "OFFERS_MEDIATION",
    label: "offers mediation",
    meaning: "says it is ready to mediate, host talks or help target settle",
    polarity: "cooperative",
    cameo: "039",
    goldstein: 5.0,
    symmetric: false,
    color: "#2e8b57",
  },
  MEDIATES: {
    id: "MEDIATES",
    label: "mediates",
    meaning: "actually mediates or hosts talks for target",
    polarity: "cooperative",
    cameo: "045",
    goldstein: 5.0,
    symmetric: false,
    color: "#1b6e3c",
  },
  TALKS_WITH: {
    id: "TALKS_WITH",
    label: "talks with",
    meaning: "phone call, meeting, visit or negotiation between source and target",
    polarity: "cooperative",
    cameo: "040-044,046",
    goldstein: 1.0,
    symmetric: true,
    color: "#3f7fbf",
  },
  SUPPORTS: {
    id: "SUPPORTS",
    label: "supports",
    meaning: "declares support for, stands with, defends, backs target",
    polarity: "cooperative",
    cameo: "052,053",
    goldstein: 3.5,
    symmetric: false,
    color: "#2a9d4b",
  },
  PRAISES: {
    id: "PRAISES",
    label: "praises",
    meaning: "praises, welcomes, thanks or endorses something target did",
    polarity: "cooperative",
    cameo: "051",
    goldstein: 3.4,
    symmetric: false,
    color: "#8cc63f",
  },
  AGREES_WITH: {
    id: "AGREES_WITH",
    label: "agrees with",
    meaning: "reaches, signs or announces an agreement with target",
    polarity: "cooperative",
    cameo: "057,03x",
    goldstein: 8.0,
    symmetric: true,
    color: "#0f7b6c",
  },
  PROVIDES_AID: {
    id: "PROVIDES_AID",
    label: "provides aid",
    meaning: "gives or pledges humanitarian, financial or military aid",
    polarity: "cooperative",
    cameo: "070-074",
    goldstein: 7.0,
    symmetric: false,
    color: "#5b8def",
  },
  DECLARES_CEASEFIRE: {
    id: "DECLARES_CEASEFIRE",
    label: "declares ceasefire",
    meaning: "declares, agrees to or observes a truce toward target",
    polarity: "cooperative",
    cameo: "0871",
    goldstein: 9.0,
    symmetric: false,
    color: "#00a6a6",
  },
  EXPRESSES_CONCERN: {
    id: "EXPRESSES_CONCERN",
    label: "expresses concern",
    meaning: "voices concern or worry about target's conduct",
    polarity: "neutral",
    cameo: "012",
    goldstein: -0.4,
    symmetric: false,
    color: "#b39ddb",
  },
  DENIES: {
    id: "DENIES",
    label: "denies",
    meaning: "denies target's claim or accusation, denies responsibility",
    polarity: "neutral",
    cameo: "016",
    goldstein: -2.0,
    symmetric: false,
    color: "#9e9e9e",
  },
  DEMANDS: {
    id: "DEMANDS",
    label: "demands",
    meaning: "demands that target do something (withdraw, release, stop)",
    polarity: "conflictual",
    cameo: "10x",
    goldstein: -5.0,
    symmetric: false,
    color: "#f4a261",
  },
  REJECTS: {
    id: "REJECTS",
    label: "rejects",
    meaning: "rejects target's proposal, demand, summit, mediation",
    polarity: "conflictual",
    cameo: "12x",
    goldstein: -4.0,
    symmetric: false,
    color: "#e9c46a",
  },
  WARNS: {
    id: "WARNS",
    label: "warns",
    meaning: "warns target, or warns against target's action",
    polarity: "conflictual",
    cameo: "130",
    goldstein: -4.4,
    symmetric: false,
    color: "#ee9b00",
  },
  CONDEMNS: {
    id: "CONDEMNS",
    label: "condemns",
    meaning: "condemns, denounces or criticises target",
    polarity: "conflictual",
    cameo: "111",
    goldstein: -2.0,
    symmetric: false,
    color: "#e76f51",
  },
  ACCUSES: {
    id: "ACCUSES",
    label: "accuses",
    meaning: "accuses or blames target of wrongdoing",
    polarity: "conflictual",
    cameo: "112",
    goldstein: -2.0,
    symmetric: false,
    color: "#d62828",
  },
  THREATENS: {
    id: "THREATENS",
    label: "threatens",
    meaning: "threatens target with force, sanctions or rupture",
    polarity: "conflictual",
    cameo: "13x",
    goldstein: -7.0,
    symmetric: false,
    color: "#9d0208",
  },
  SANCTIONS: {
    id: "SANCTIONS",
    label: "sanctions",
    meaning: "imposes sanctions, expels diplomats, cuts ties with target",
    polarity: "conflictual",
    cameo: "16x",
    goldstein: -8.0,
    symmetric: false,
    color: "#6a040f",
  },
  ATTACKS: {
    id: "ATTACKS",
    label: "attacks",
    meaning: "military attack, shelling, strike or destruction against target",
    polarity: "conflictual",
    cameo: "18x,19x",
    goldstein: -10.0,
    symmetric: false,
    color: "#370617",
  },
};

export const LINE_STYLE_BY_POLARITY: Readonly<Record<Polarity, LineStyle>> = {
  cooperative: "solid",
  neutral: "dashed",
  conflictual: "dotted",
};

export function isRelationType(value: string): value is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(value);
}

export function relationTypesOf(polarity: Polarity): RelationType[] {
  return RELATION_TYPES.filter((t) => RELATIONS[t].polarity === polarity);
}
