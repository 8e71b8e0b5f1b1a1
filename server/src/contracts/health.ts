import { z } from "zod";

export const HealthResponse = z
  .object({
    status: z.literal("ok"),
    neo4j: z.object({
      connected: z.literal(true),
      address: z.string(),
      version: z.string(),
      edition: z.string(),
    }),
    schema: z.object({
      applied: z.boolean(),
      constraints: z.number().int(),
      indexes: z.number().int(),
      missing: z.array(z.string()),
    }),
  })
  .meta({ id: "HealthResponse" });
export type HealthResponse = z.infer<typeof HealthResponse>;
