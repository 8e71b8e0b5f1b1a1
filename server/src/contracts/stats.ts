import { z } from "zod";
import { ActorKindSchema, IsoDate, RelationTypeSchema } from "./graph.js";

export const StatsResponse = z
  .object({
    actors: z.object({ total: z.number().int(), byKind: z.record(ActorKindSchema, z.number().int()) }),
    articles: z.number().int(),
    evidence: z.number().int(),
    relations: z.object({
      total: z.number().int(),
      byType: z.array(
        z.object({ type: RelationTypeSchema, relations: z.number().int(), evidence: z.number().int() }),
      ),
    }),
    /** Publication dates of the articles; null when the graph is empty. */
    dateRange: z.object({ from: IsoDate.nullable(), to: IsoDate.nullable() }),
  })
  .meta({ id: "StatsResponse" });
export type StatsResponse = z.infer<typeof StatsResponse>;
