import { z } from "zod";

/** The one error shape every endpoint answers with. */
export const ErrorResponse = z
  .object({
    error: z.object({
      code: z.string().describe("stable machine-readable code, e.g. VALIDATION_FAILED, NOT_FOUND"),
      message: z.string(),
      details: z.unknown().optional(),
      requestId: z.string(),
    }),
  })
  .meta({ id: "ErrorResponse" });
export type ErrorResponse = z.infer<typeof ErrorResponse>;
