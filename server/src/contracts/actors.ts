/** Actor search and actor detail. */
import { z } from "zod";
import {
  ActorIdSchema,
  ActorKindSchema,
  AffiliationSchema,
  IsoDate,
  pageParams,
  RelationTypeSchema,
} from "./graph.js";

export const ActorSearchQuery = z.object({
  q: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .describe("name or alias; prefix and fuzzy: 'lavr' finds Sergey Lavrov"),
  kind: ActorKindSchema.optional(),
  affiliation: AffiliationSchema.optional(),
  ...pageParams(20, 100),
});
export type ActorSearchQuery = z.infer<typeof ActorSearchQuery>;

export const ActorRef = z.object({
  id: z.string(),
  name: z.string(),
  kind: ActorKindSchema,
  affiliation: z.string(),
});

export const ActorSummary = ActorRef.extend({
  role: z.string().optional(),
  aliases: z.array(z.string()),
  /** Typed relationships (either direction) with at least one asserted statement. */
  relationCount: z.number().int(),
  /** Asserted statements on those relationships. */
  evidenceCount: z.number().int(),
  /** Full-text relevance, only when searching with q. */
  score: z.number().optional(),
}).meta({ id: "ActorSummary" });
export type ActorSummary = z.infer<typeof ActorSummary>;

export const ActorPage = z
  .object({
    items: z.array(ActorSummary),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  })
  .meta({ id: "ActorPage" });
export type ActorPage = z.infer<typeof ActorPage>;

export const ActorParams = z.object({ id: ActorIdSchema });

const Tie = z.object({
  actor: ActorRef,
  role: z.string().optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});

export const ActorDetail = z
  .object({
    actor: ActorRef.extend({ role: z.string().optional(), aliases: z.array(z.string()) }),
    /** Whom this actor speaks for (REPRESENTS), with the dated role. */
    represents: z.array(Tie),
    /** Who speaks for this actor (bounded to 50). */
    representedBy: z.array(Tie),
    memberOf: z.array(ActorRef),
    counts: z.array(
      z.object({
        type: RelationTypeSchema,
        direction: z.enum(["out", "in"]),
        relations: z.number().int(),
        evidence: z.number().int(),
      }),
    ),
    /** The actors it has the most asserted statements with (either direction), at most 10. */
    topCounterparts: z.array(
      ActorRef.extend({ evidenceCount: z.number().int(), types: z.array(RelationTypeSchema) }),
    ),
  })
  .meta({ id: "ActorDetail" });
export type ActorDetail = z.infer<typeof ActorDetail>;
