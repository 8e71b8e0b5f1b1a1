import { z } from "zod";
import { ActorKindSchema, PolaritySchema, RelationTypeSchema } from "./graph.js";

export const LineStyleSchema = z.enum(["solid", "dashed", "dotted"]);

export const OntologyResponse = z
  .object({
    relationTypes: z.array(
      z.object({
        id: RelationTypeSchema,
        label: z.string(),
        meaning: z.string(),
        polarity: PolaritySchema,
        cameo: z.string(),
        /** Goldstein scale value (−10 … +10), the edge weight. */
        goldstein: z.number(),
        symmetric: z.boolean(),
        color: z.string(),
        lineStyle: LineStyleSchema,
      }),
    ),
    polarities: z.array(
      z.object({ id: PolaritySchema, lineStyle: LineStyleSchema, types: z.array(RelationTypeSchema) }),
    ),
    actorKinds: z.array(ActorKindSchema),
  })
  .meta({ id: "OntologyResponse" });
export type OntologyResponse = z.infer<typeof OntologyResponse>;
