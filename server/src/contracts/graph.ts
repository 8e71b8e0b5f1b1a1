/** Cytoscape-ready graph views, shared by the API and the explorer. */
import { z } from "zod";
import { ACTOR_KINDS } from "../domain/actors.js";
import { POLARITIES, RELATION_TYPES } from "../domain/relations.js";

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD");
export const RelationTypeSchema = z.enum(RELATION_TYPES);
export const PolaritySchema = z.enum(POLARITIES);
export const ActorKindSchema = z.enum(ACTOR_KINDS);
export const LevelSchema = z.enum(["actor", "country"]);
export type Level = z.infer<typeof LevelSchema>;

export const GraphNode = z
  .object({
    data: z.object({
      /** Actor id at actor level; affiliation code (`ARM`) at country level. */
      id: z.string(),
      label: z.string(),
      kind: ActorKindSchema,
      affiliation: z.string(),
      role: z.string().optional(),
      /** Evidence statements on this node's edges within the view. */
      evidenceCount: z.number().int(),
    }),
  })
  .meta({ id: "GraphNode" });
export type GraphNode = z.infer<typeof GraphNode>;

export const GraphEdge = z
  .object({
    data: z.object({
      /** Relation id `source--TYPE--target`; use it with /api/relations/{id}/evidence. */
      id: z.string(),
      source: z.string(),
      target: z.string(),
      type: RelationTypeSchema,
      polarity: PolaritySchema,
      weight: z.number(),
      evidenceCount: z.number().int(),
      sourceCount: z.number().int(),
      firstSeen: IsoDate,
      lastSeen: IsoDate,
      maxConfidence: z.number(),
    }),
  })
  .meta({ id: "GraphEdge" });
export type GraphEdge = z.infer<typeof GraphEdge>;

export const GraphResponse = z
  .object({
    nodes: z.array(GraphNode),
    edges: z.array(GraphEdge),
    /** True when the limit cut the view short. */
    truncated: z.boolean(),
  })
  .meta({ id: "GraphResponse" });
export type GraphResponse = z.infer<typeof GraphResponse>;
