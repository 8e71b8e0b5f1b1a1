/** Aggregate relations and the evidence behind them. */
import { z } from "zod";
import {
  ActorIdSchema,
  CalendarDate,
  IsoDate,
  LevelSchema,
  pageParams,
  RelationAggregate,
  RelationTypeSchema,
  RelationTypesParam,
} from "./graph.js";

export const RelationListQuery = z.object({
  source: ActorIdSchema.optional(),
  target: ActorIdSchema.optional(),
  type: RelationTypesParam.optional().describe("one or more comma-separated relation type ids"),
  from: CalendarDate.optional().describe("relations seen on or after this date"),
  to: CalendarDate.optional().describe("relations seen on or before this date"),
  ...pageParams(50, 500),
});
export type RelationListQuery = z.infer<typeof RelationListQuery>;

export const Relation = RelationAggregate.extend({ assertedCount: z.number().int() }).meta({
  id: "Relation",
});
export type Relation = z.infer<typeof Relation>;

export const RelationPage = z
  .object({
    items: z.array(Relation),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  })
  .meta({ id: "RelationPage" });
export type RelationPage = z.infer<typeof RelationPage>;

const TYPE_ALTERNATION = RelationTypeSchema.options.join("|");
/** `sergey-lavrov--CALLS_FOR_CEASEFIRE--armenia` (actor level) or `ARM--ACCUSES--AZE` (country level). */
export const RelationIdSchema = z
  .string()
  .max(260)
  .regex(
    new RegExp(
      `^(?:[a-z0-9]+(?:-[a-z0-9]+)*--(?:${TYPE_ALTERNATION})--[a-z0-9]+(?:-[a-z0-9]+)*|[A-Z][A-Z0-9_]*--(?:${TYPE_ALTERNATION})--[A-Z][A-Z0-9_]*)$`,
    ),
    "must be a relation id source--TYPE--target with an ontology type (actor ids, or affiliation codes at country level)",
  );

export const RelationParams = z.object({ id: RelationIdSchema });
export const EvidenceQuery = z.object({ ...pageParams(20, 200) });

const Named = z.object({ id: z.string(), name: z.string() });

export const EvidenceItem = z
  .object({
    id: z.string(),
    /** Actor-level relation this statement backs. */
    relationId: z.string(),
    source: Named,
    target: Named,
    sentence: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    trigger: z.string(),
    confidence: z.number(),
    quote: z.boolean(),
    negated: z.boolean(),
    future: z.boolean(),
    rule: z.string(),
    speaker: Named.optional(),
    article: z.object({
      id: z.string(),
      title: z.string(),
      outlet: z.string().optional(),
      url: z.string().optional(),
      publishedAt: IsoDate,
    }),
  })
  .meta({ id: "EvidenceItem" });
export type EvidenceItem = z.infer<typeof EvidenceItem>;

export const EvidencePage = z
  .object({
    relation: z.object({
      id: z.string(),
      source: z.string(),
      type: RelationTypeSchema,
      target: z.string(),
      level: LevelSchema,
    }),
    items: z.array(EvidenceItem),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  })
  .meta({ id: "EvidencePage" });
export type EvidencePage = z.infer<typeof EvidencePage>;
