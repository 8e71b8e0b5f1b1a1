/** Analytics over the evidence: alignment and blocs, conflictual dyads, mediators, timelines. */
import { z } from "zod";
import { RELATION_TYPES } from "../domain/relations.js";
import { ActorKindSchema, CalendarDate, LevelSchema, PolaritySchema, RelationTypeSchema } from "./graph.js";

const BUCKET_VALUES = ["day", "week", "month"] as const;

const TypesList = z
  .string()
  .transform((s) =>
    s
      .split(",")
      .map((t) => t.trim())
      .filter((t) => t !== ""),
  )
  .pipe(z.array(RelationTypeSchema).min(1, "name at least one relation type"))
  .describe(`comma-separated relation types (default: all): ${RELATION_TYPES.join(", ")}`);

const Asserted = z
  .enum(["true", "false"])
  .default("true")
  .transform((v) => v === "true")
  .describe("true (default): only asserted evidence (not negated, not future); false: all evidence");

const windowFields = {
  from: CalendarDate.optional().describe("first day of the window (inclusive); default: no lower bound"),
  to: CalendarDate.optional().describe("last day of the window (inclusive); default: no upper bound"),
  level: LevelSchema.default("country").describe(
    "actor: one node per actor; country: actors folded into their affiliation code (default)",
  ),
  asserted: Asserted,
};

function windowInOrder(
  q: { from?: string | undefined; to?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  if (q.from !== undefined && q.to !== undefined && q.from > q.to)
    ctx.addIssue({ code: "custom", path: ["from"], message: "`from` must not be after `to`" });
}

export const Window = z
  .object({ from: z.string().nullable(), to: z.string().nullable() })
  .describe("the window applied; null where unbounded");

// ---------------------------------------------------------------- alignment

export const AlignmentQuery = z
  .object({
    ...windowFields,
    types: TypesList.optional(),
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(5000)
      .default(500)
      .describe("how many pair scores to return, strongest first (default 500)"),
  })
  .superRefine(windowInOrder);
export type AlignmentQuery = z.infer<typeof AlignmentQuery>;

export const AlignedActor = z.object({
  id: z.string().describe("actor id at actor level, affiliation code at country level"),
  label: z.string(),
  kind: ActorKindSchema,
  affiliation: z.string(),
  bloc: z.number().int().describe("bloc index: 0 is the largest bloc"),
  evidenceCount: z.number().int(),
});

export const PairScoreSchema = z.object({
  a: z.string(),
  b: z.string(),
  score: z.number().min(-1).max(1).describe("tanh(Σ evidence × Goldstein / 10), both directions"),
  consistency: z
    .number()
    .min(-1)
    .max(1)
    .describe("Σ Goldstein / Σ |Goldstein|: +1 only cooperative, −1 only conflictual"),
  weightSum: z.number(),
  evidenceCount: z.number().int(),
  cooperative: z.number().int(),
  neutral: z.number().int(),
  conflictual: z.number().int(),
});

export const AlignmentResponse = z
  .object({
    level: LevelSchema,
    window: Window,
    types: z.array(RelationTypeSchema),
    actors: z.array(AlignedActor),
    blocs: z.array(
      z.object({ bloc: z.number().int(), size: z.number().int(), members: z.array(z.string()) }),
    ),
    pairs: z.array(PairScoreSchema),
    pairsTotal: z.number().int(),
    truncated: z.boolean(),
    balance: z.object({
      triangles: z.number().int(),
      balanced: z.number().int(),
      balancedShare: z.number().nullable().describe("share of signed triangles with a positive sign product"),
    }),
    frustration: z.object({
      negativeInside: z.number().int().describe("pairs with a negative Goldstein sum inside one bloc"),
      positiveAcross: z.number().int().describe("pairs with a positive Goldstein sum across two blocs"),
      share: z.number().describe("their |Goldstein sum| over that of all pairs"),
    }),
  })
  .meta({ id: "AlignmentResponse" });
export type AlignmentResponse = z.infer<typeof AlignmentResponse>;

// ---------------------------------------------------------------- dyads

export const DyadsQuery = z
  .object({
    ...windowFields,
    limit: z.coerce.number().int().min(1).max(500).default(20).describe("how many dyads (default 20)"),
  })
  .superRefine(windowInOrder);
export type DyadsQuery = z.infer<typeof DyadsQuery>;

const PartyRef = z.object({
  id: z.string(),
  label: z.string(),
  kind: ActorKindSchema,
  affiliation: z.string(),
});

const TypeCounts = z.record(z.string(), z.number().int());

export const DyadSchema = z.object({
  a: PartyRef,
  b: PartyRef,
  conflictWeight: z.number().describe("Σ evidence × |Goldstein| over conflictual types, both directions"),
  conflictEvidence: z.number().int(),
  byType: TypeCounts,
  score: z.number().describe("the pair's alignment score over all types"),
});

export const DyadsResponse = z
  .object({ level: LevelSchema, window: Window, dyads: z.array(DyadSchema) })
  .meta({ id: "DyadsResponse" });
export type DyadsResponse = z.infer<typeof DyadsResponse>;

// ---------------------------------------------------------------- mediation

export const MediationQuery = z
  .object({
    a: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .describe("one party: an actor id, or an affiliation code at country level"),
    b: z.string().trim().min(1).max(200).describe("the other party"),
    ...windowFields,
    limit: z.coerce.number().int().min(1).max(200).default(20).describe("how many mediators (default 20)"),
    evidencePerSide: z.coerce
      .number()
      .int()
      .min(0)
      .max(50)
      .default(5)
      .describe("evidence sentences per mediator and side (default 5)"),
  })
  .superRefine(windowInOrder)
  .superRefine((q, ctx) => {
    if (q.a === q.b) ctx.addIssue({ code: "custom", path: ["b"], message: "the two parties must differ" });
  });
export type MediationQuery = z.infer<typeof MediationQuery>;

export const EvidenceItem = z.object({
  id: z.string(),
  type: RelationTypeSchema,
  source: z.string().describe("actor id of the evidence's source"),
  target: z.string().describe("actor id of the evidence's target"),
  sentence: z.string(),
  articleId: z.string(),
  articleTitle: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: z.string(),
  confidence: z.number().nullable(),
});

export const MediatorSchema = PartyRef.extend({
  score: z.number().describe("engagement × impartiality"),
  engagement: z.number().describe("√(weightA × weightB)"),
  impartiality: z.number().describe("1 − |alignmentA − alignmentB| / 2"),
  weightA: z.number(),
  weightB: z.number(),
  alignmentA: z.number(),
  alignmentB: z.number(),
  evidence: z.object({ a: z.array(EvidenceItem), b: z.array(EvidenceItem) }),
});

export const MediationResponse = z
  .object({
    level: LevelSchema,
    window: Window,
    dyad: z.object({
      a: PartyRef,
      b: PartyRef,
      conflictWeight: z.number(),
      conflictEvidence: z.number().int(),
      score: z.number(),
    }),
    mediators: z.array(MediatorSchema),
  })
  .meta({ id: "MediationResponse" });
export type MediationResponse = z.infer<typeof MediationResponse>;

// ---------------------------------------------------------------- timeline

export const TimelineQuery = z
  .object({
    actor: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .describe("one actor (or affiliation code at country level)"),
    a: z.string().trim().min(1).max(200).optional().describe("one side of a dyad (with b)"),
    b: z.string().trim().min(1).max(200).optional().describe("the other side of a dyad (with a)"),
    bucket: z.enum(BUCKET_VALUES).default("week"),
    ...windowFields,
    types: TypesList.optional(),
  })
  .superRefine(windowInOrder)
  .superRefine((q, ctx) => {
    if (q.actor !== undefined && (q.a !== undefined || q.b !== undefined))
      ctx.addIssue({
        code: "custom",
        path: ["actor"],
        message: "give either `actor` or `a` and `b`, not both",
      });
    if ((q.a === undefined) !== (q.b === undefined))
      ctx.addIssue({
        code: "custom",
        path: [q.a === undefined ? "a" : "b"],
        message: "a dyad needs both `a` and `b`",
      });
    if (q.a !== undefined && q.a === q.b)
      ctx.addIssue({ code: "custom", path: ["b"], message: "the two parties must differ" });
  });
export type TimelineQuery = z.infer<typeof TimelineQuery>;

export const TimelineBucket = z.object({
  start: z.string(),
  end: z.string(),
  total: z.number().int(),
  byPolarity: z.record(PolaritySchema, z.number().int()),
  byType: TypeCounts,
});

export const TimelineResponse = z
  .object({
    level: LevelSchema,
    window: Window,
    bucket: z.enum(BUCKET_VALUES),
    scope: z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("all") }),
      z.object({ kind: z.literal("actor"), actor: PartyRef }),
      z.object({ kind: z.literal("dyad"), a: PartyRef, b: PartyRef }),
    ]),
    types: z.array(RelationTypeSchema),
    total: z.number().int(),
    buckets: z.array(TimelineBucket),
  })
  .meta({ id: "TimelineResponse" });
export type TimelineResponse = z.infer<typeof TimelineResponse>;
